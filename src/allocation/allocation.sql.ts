/**
 * The allocation of one period's bills, as one set-based statement.
 *
 * Every bill is split among weighted claims (tenant agencies, and the DGRM for vacant or exempt
 * shares). Weights are exact integers: area in hundredths of m² × days occupied, headcount × days,
 * sub-meter consumption in thousandths × days, days for equal shares, centavos for fixed amounts.
 * Each claim gets floor(bill × weight ÷ total) centavos; the centavos left over go one by one to the
 * largest remainders (ties by payer and agency id), so the charges of a bill add up to it exactly.
 *
 * Parameters: $1 period 'YYYY-MM', $2 building id or null (all buildings).
 */
export const WEIGHTS_SQL = `
WITH month AS (
  SELECT to_date($1 || '-01', 'YYYY-MM-DD') AS first_day,
         (to_date($1 || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')::date AS last_day
), bounds AS (
  SELECT first_day, last_day, daterange(first_day, last_day, '[]') AS span, (last_day - first_day + 1) AS days FROM month
), bills AS (
  SELECT b.id AS bill_id, b.building_id, b.service_id, s.basis, (b.amount * 100)::numeric AS cents, b.consumption
    FROM utility_bills b JOIN utility_services s ON s.id = b.service_id
   WHERE b.period = $1 AND ($2::uuid IS NULL OR b.building_id = $2::uuid)
), rentable AS (
  SELECT id, building_id, (usable_area_m2 * 100)::numeric AS area
    FROM spaces WHERE active AND type <> 'common_area' AND ($2::uuid IS NULL OR building_id = $2::uuid)
), occupancy AS (
  SELECT x.building_id, x.space_id, a.id AS agreement_id, a.agency_id, a.headcount,
         upper(x.period * bounds.span) - lower(x.period * bounds.span) AS days
    FROM agreement_spaces x JOIN agreements a ON a.id = x.agreement_id, bounds
   WHERE x.blocking AND x.period && bounds.span AND ($2::uuid IS NULL OR x.building_id = $2::uuid)
), agreement_days AS (
  SELECT building_id, agreement_id, agency_id, max(headcount) AS headcount, max(days) AS days FROM occupancy GROUP BY 1, 2, 3
), consumption AS (
  SELECT m.id AS meter_id, m.service_id, m.kind, m.space_id,
         r.reading + r.adjustment - lag(r.reading) OVER (PARTITION BY m.id ORDER BY r.period) AS used, r.period
    FROM meters m JOIN meter_readings r ON r.meter_id = m.id
   WHERE m.active AND r.period <= $1 AND r.period >= to_char(to_date($1 || '-01', 'YYYY-MM-DD') - interval '1 month', 'YYYY-MM')
), metered AS (
  SELECT service_id, kind, space_id, greatest(used, 0) * 1000 AS used FROM consumption WHERE period = $1 AND used IS NOT NULL
), sub_totals AS (
  SELECT bills.bill_id, COALESCE(sum(metered.used), 0) AS sub_used, count(metered.*) AS sub_meters,
         COALESCE((SELECT max(mm.used) FROM metered mm WHERE mm.service_id = bills.service_id AND mm.kind = 'main'),
                  bills.consumption * 1000) AS main_used
    FROM bills LEFT JOIN metered ON metered.service_id = bills.service_id AND metered.kind = 'sub'
   WHERE bills.basis = 'submeter' GROUP BY bills.bill_id, bills.service_id, bills.consumption
), effective AS (
  -- a sub-metered service without sub-meter readings this month falls back to area
  SELECT bills.*, CASE WHEN bills.basis = 'submeter' AND COALESCE(st.sub_meters, 0) = 0 THEN 'area' ELSE bills.basis END AS rule
    FROM bills LEFT JOIN sub_totals st ON st.bill_id = bills.bill_id
), claims AS (
  -- area: occupied area × days, and the vacant remainder of every rentable m² × every day
  SELECT e.bill_id, o.agency_id, sum(r.area * o.days) AS weight, max(o.days) AS days
    FROM effective e JOIN occupancy o ON o.building_id = e.building_id JOIN rentable r ON r.id = o.space_id
   WHERE e.rule = 'area' GROUP BY e.bill_id, o.agency_id
  UNION ALL
  SELECT e.bill_id, NULL, (SELECT COALESCE(sum(area), 0) FROM rentable r WHERE r.building_id = e.building_id) * bounds.days
         - COALESCE((SELECT sum(r.area * o.days) FROM occupancy o JOIN rentable r ON r.id = o.space_id WHERE o.building_id = e.building_id), 0),
         bounds.days
    FROM effective e, bounds WHERE e.rule = 'area'
  UNION ALL
  SELECT e.bill_id, d.agency_id, sum(d.headcount * d.days), max(d.days)
    FROM effective e JOIN agreement_days d ON d.building_id = e.building_id WHERE e.rule = 'headcount' GROUP BY e.bill_id, d.agency_id
  UNION ALL
  SELECT e.bill_id, d.agency_id, least(sum(d.days), bounds.days), least(sum(d.days), bounds.days)
    FROM effective e JOIN agreement_days d ON d.building_id = e.building_id, bounds WHERE e.rule = 'equal' GROUP BY e.bill_id, d.agency_id, bounds.days
  UNION ALL
  SELECT e.bill_id, f.agency_id, f.monthly_amount * 100, bounds.days
    FROM effective e JOIN service_fixed_shares f ON f.service_id = e.service_id, bounds WHERE e.rule = 'fixed'
  UNION ALL
  SELECT e.bill_id, NULL, greatest(e.cents - COALESCE((SELECT sum(monthly_amount) * 100 FROM service_fixed_shares f WHERE f.service_id = e.service_id), 0), 0), bounds.days
    FROM effective e, bounds WHERE e.rule = 'fixed'
  UNION ALL
  -- sub-meters: each space's consumption, shared among its occupants by days; the main meter's rest is vacancy
  SELECT e.bill_id, o.agency_id, sum(m.used * o.days), max(o.days)
    FROM effective e JOIN metered m ON m.service_id = e.service_id AND m.kind = 'sub'
    JOIN occupancy o ON o.space_id = m.space_id
   WHERE e.rule = 'submeter' GROUP BY e.bill_id, o.agency_id
  UNION ALL
  SELECT e.bill_id, NULL, greatest(st.main_used * bounds.days - COALESCE((
           SELECT sum(m.used * o.days) FROM metered m JOIN occupancy o ON o.space_id = m.space_id
            WHERE m.service_id = e.service_id AND m.kind = 'sub'), 0), 0), bounds.days
    FROM effective e JOIN sub_totals st ON st.bill_id = e.bill_id, bounds WHERE e.rule = 'submeter'
  UNION ALL
  -- every bill has a DGRM row, so that a bill with nobody to share it is still fully allocated
  SELECT e.bill_id, NULL, 0, bounds.days FROM effective e, bounds
), grouped AS (
  SELECT bill_id, agency_id, sum(weight) AS weight, max(days) AS days FROM claims GROUP BY bill_id, agency_id
), payers AS (
  SELECT c.bill_id, c.agency_id, c.weight, c.days,
         CASE WHEN c.agency_id IS NULL THEN 'vacancy' WHEN x.agency_id IS NOT NULL THEN 'exempt' ELSE 'tenant' END AS payer
    FROM grouped c JOIN effective e ON e.bill_id = c.bill_id
    LEFT JOIN service_exemptions x ON x.service_id = e.service_id AND x.agency_id = c.agency_id
   WHERE c.weight > 0 OR c.agency_id IS NULL
), totals AS (
  SELECT p.*, sum(p.weight) OVER (PARTITION BY p.bill_id) AS total_weight FROM payers p
), shares AS (
  -- nobody to share with (no rentable area, no readings): the whole bill is the DGRM's
  SELECT t.bill_id, t.agency_id, t.payer, t.days,
         CASE WHEN t.total_weight > 0 THEN t.weight ELSE CASE WHEN t.agency_id IS NULL THEN 1 ELSE 0 END END AS weight,
         CASE WHEN t.total_weight > 0 THEN t.total_weight ELSE 1 END AS total_weight
    FROM totals t
), floored AS (
  SELECT s.*, e.cents, e.building_id, e.service_id, e.rule,
         div(e.cents * s.weight, s.total_weight) AS base, mod(e.cents * s.weight, s.total_weight) AS remainder
    FROM shares s JOIN effective e ON e.bill_id = s.bill_id
), ranked AS (
  SELECT f.*, f.cents - sum(f.base) OVER (PARTITION BY f.bill_id) AS leftover,
         row_number() OVER (PARTITION BY f.bill_id ORDER BY f.remainder DESC, f.payer, f.agency_id NULLS FIRST) AS place
    FROM floored f
)
SELECT r.bill_id, r.building_id, r.service_id, r.agency_id, r.payer, r.rule AS basis,
       r.weight / CASE r.rule WHEN 'area' THEN 100 WHEN 'submeter' THEN 1000 WHEN 'fixed' THEN 100 ELSE 1 END AS basis_quantity,
       r.total_weight / CASE r.rule WHEN 'area' THEN 100 WHEN 'submeter' THEN 1000 WHEN 'fixed' THEN 100 ELSE 1 END AS denominator,
       r.days AS days_covered,
       round(r.cents / 100.0 / (r.total_weight / CASE r.rule WHEN 'area' THEN 100 WHEN 'submeter' THEN 1000 WHEN 'fixed' THEN 100 ELSE 1 END), 10) AS rate,
       round(r.cents * r.weight / r.total_weight / 100, 6) AS exact_amount,
       (r.base + CASE WHEN r.place <= r.leftover THEN 1 ELSE 0 END) / 100 AS amount,
       CASE WHEN r.place <= r.leftover THEN 0.01 ELSE 0 END AS rounding_adjustment
  FROM ranked r
 WHERE r.weight > 0`;

/** Warnings shown before closing: sub-meters that add up to more than the main meter, or far less. */
export const SUBMETER_WARNINGS_SQL = `
WITH consumption AS (
  SELECT m.service_id, m.kind, r.period, r.reading + r.adjustment - lag(r.reading) OVER (PARTITION BY m.id ORDER BY r.period) AS used
    FROM meters m JOIN meter_readings r ON r.meter_id = m.id
   WHERE m.active AND r.period <= $1 AND r.period >= to_char(to_date($1 || '-01', 'YYYY-MM-DD') - interval '1 month', 'YYYY-MM')
), per_service AS (
  SELECT service_id, sum(used) FILTER (WHERE kind = 'sub') AS sub, sum(used) FILTER (WHERE kind = 'main') AS main
    FROM consumption WHERE period = $1 AND used IS NOT NULL GROUP BY service_id
)
SELECT s.building_id AS "buildingId", s.id AS "serviceId", b.code AS "buildingCode", s.name AS "serviceName",
       p.sub::float8 AS sub, COALESCE(p.main, bill.consumption)::float8 AS main
  FROM per_service p
  JOIN utility_services s ON s.id = p.service_id AND s.basis = 'submeter'
  JOIN buildings b ON b.id = s.building_id
  LEFT JOIN utility_bills bill ON bill.service_id = s.id AND bill.period = $1
 WHERE ($2::uuid IS NULL OR s.building_id = $2::uuid)
   AND p.sub IS NOT NULL AND COALESCE(p.main, bill.consumption) > 0
   AND (p.sub > COALESCE(p.main, bill.consumption) OR p.sub < 0.5 * COALESCE(p.main, bill.consumption))`;

/** Writes the allocation of $1 (period) for $2 (building or null) as charges of run $3. */
export const INSERT_CHARGES_SQL = `
WITH allocated AS (${WEIGHTS_SQL})
INSERT INTO charges (run_id, bill_id, period, building_id, service_id, agency_id, payer, basis, basis_quantity,
                     denominator, days_covered, rate, exact_amount, amount, rounding_adjustment)
SELECT $3, bill_id, $1, building_id, service_id, agency_id, payer, basis, basis_quantity, denominator, days_covered,
       rate, exact_amount, amount, rounding_adjustment
  FROM allocated`;
