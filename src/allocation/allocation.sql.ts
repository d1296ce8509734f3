/**
 * The allocation of a range of months' bills, as one set-based statement.
 *
 * Every bill is split among weighted claims (tenant agencies, and the DGRM for vacant or exempt
 * shares). Weights are exact integers: area in hundredths of m² × days occupied, headcount × days,
 * sub-meter consumption in thousandths × days, days for equal shares, centavos for fixed amounts.
 * Each claim gets floor(bill × weight ÷ total) centavos; the centavos left over go one by one to the
 * largest remainders (ties by payer and agency id), so the charges of a bill add up to it exactly.
 *
 * Parameters: $1 first period 'YYYY-MM', $2 building id or null (all buildings), $3 last period.
 */
export const WEIGHTS_SQL = `
WITH months AS (
  SELECT to_char(d, 'YYYY-MM') AS period, d::date AS first_day, (d + interval '1 month')::date AS next_day,
         (d + interval '1 month')::date - d::date AS days,
         daterange(d::date, (d + interval '1 month')::date) AS span
    FROM generate_series(to_date($1::text || '-01', 'YYYY-MM-DD'), to_date($3::text || '-01', 'YYYY-MM-DD'), interval '1 month') AS d
), bills AS (
  SELECT b.id AS bill_id, b.period::text AS period, b.building_id, b.service_id, s.basis, (b.amount * 100)::numeric AS cents, b.consumption, m.days
    FROM utility_bills b JOIN utility_services s ON s.id = b.service_id JOIN months m ON m.period = b.period::text
   WHERE b.period BETWEEN ($1::text)::char(7) AND ($3::text)::char(7) AND ($2::uuid IS NULL OR b.building_id = $2::uuid)
), rentable AS (
  SELECT id, building_id, (usable_area_m2 * 100)::numeric AS area
    FROM spaces WHERE active AND type <> 'common_area' AND ($2::uuid IS NULL OR building_id = $2::uuid)
), occupancy AS (
  SELECT m.period, x.building_id, x.space_id, a.id AS agreement_id, a.agency_id, a.headcount,
         upper(x.period * m.span) - lower(x.period * m.span) AS days
    FROM months m
    JOIN agreement_spaces x ON x.blocking AND x.period && m.span
    JOIN agreements a ON a.id = x.agreement_id
   WHERE $2::uuid IS NULL OR x.building_id = $2::uuid
), agreement_days AS (
  SELECT period, building_id, agreement_id, agency_id, max(headcount) AS headcount, max(days) AS days FROM occupancy GROUP BY 1, 2, 3, 4
), consumption AS (
  SELECT m.id AS meter_id, m.service_id, m.kind, m.space_id, r.period::text AS period,
         r.reading + r.adjustment - lag(r.reading) OVER (PARTITION BY m.id ORDER BY r.period) AS used
    FROM meters m JOIN meter_readings r ON r.meter_id = m.id
   WHERE m.active AND r.period BETWEEN to_char(to_date($1::text || '-01', 'YYYY-MM-DD') - interval '1 month', 'YYYY-MM')::char(7) AND ($3::text)::char(7)
), metered AS (
  SELECT period, service_id, kind, space_id, greatest(used, 0) * 1000 AS used
    FROM consumption WHERE period BETWEEN $1::text AND $3::text AND used IS NOT NULL
), metered_totals AS (
  SELECT service_id, period, sum(used) FILTER (WHERE kind = 'sub') AS sub_used, count(*) FILTER (WHERE kind = 'sub') AS sub_meters,
         max(used) FILTER (WHERE kind = 'main') AS main_used
    FROM metered GROUP BY 1, 2
), sub_totals AS (
  SELECT bills.bill_id, COALESCE(t.sub_used, 0) AS sub_used, COALESCE(t.sub_meters, 0) AS sub_meters,
         COALESCE(t.main_used, bills.consumption * 1000) AS main_used
    FROM bills LEFT JOIN metered_totals t ON t.service_id = bills.service_id AND t.period = bills.period
   WHERE bills.basis = 'submeter'
), effective AS (
  -- a sub-metered service without sub-meter readings this month falls back to area
  SELECT bills.*, CASE WHEN bills.basis = 'submeter' AND COALESCE(st.sub_meters, 0) = 0 THEN 'area' ELSE bills.basis END AS rule
    FROM bills LEFT JOIN sub_totals st ON st.bill_id = bills.bill_id
), area_by_agency AS (
  SELECT o.period, o.building_id, o.agency_id, sum(r.area * o.days) AS weight, max(o.days) AS days
    FROM occupancy o JOIN rentable r ON r.id = o.space_id GROUP BY 1, 2, 3
), vacant_area AS (
  -- every rentable m² × every day of the month, less what tenants occupied
  SELECT m.period, t.building_id, t.area * m.days - COALESCE(o.weight, 0) AS weight, m.days
    FROM months m CROSS JOIN (SELECT building_id, sum(area) AS area FROM rentable GROUP BY 1) t
    LEFT JOIN (SELECT period, building_id, sum(weight) AS weight FROM area_by_agency GROUP BY 1, 2) o ON o.period = m.period AND o.building_id = t.building_id
), people_by_agency AS (
  SELECT period, building_id, agency_id, sum(headcount * days) AS weight, max(days) AS days FROM agreement_days GROUP BY 1, 2, 3
), days_by_agency AS (
  SELECT d.period, d.building_id, d.agency_id, least(sum(d.days), max(m.days)) AS weight
    FROM agreement_days d JOIN months m ON m.period = d.period GROUP BY 1, 2, 3
), metered_by_agency AS (
  -- each sub-metered space's consumption, shared among its occupants by days
  SELECT m.period, m.service_id, o.agency_id, sum(m.used * o.days) AS weight, max(o.days) AS days
    FROM metered m JOIN occupancy o ON o.space_id = m.space_id AND o.period = m.period WHERE m.kind = 'sub' GROUP BY 1, 2, 3
), claims AS (
  SELECT e.bill_id, a.agency_id, a.weight, a.days
    FROM effective e JOIN area_by_agency a ON a.building_id = e.building_id AND a.period = e.period WHERE e.rule = 'area'
  UNION ALL
  SELECT e.bill_id, NULL, v.weight, v.days
    FROM effective e JOIN vacant_area v ON v.building_id = e.building_id AND v.period = e.period WHERE e.rule = 'area'
  UNION ALL
  SELECT e.bill_id, p.agency_id, p.weight, p.days
    FROM effective e JOIN people_by_agency p ON p.building_id = e.building_id AND p.period = e.period WHERE e.rule = 'headcount'
  UNION ALL
  SELECT e.bill_id, d.agency_id, d.weight, d.weight
    FROM effective e JOIN days_by_agency d ON d.building_id = e.building_id AND d.period = e.period WHERE e.rule = 'equal'
  UNION ALL
  SELECT e.bill_id, f.agency_id, f.monthly_amount * 100, e.days
    FROM effective e JOIN service_fixed_shares f ON f.service_id = e.service_id WHERE e.rule = 'fixed'
  UNION ALL
  SELECT e.bill_id, NULL, greatest(e.cents - COALESCE(f.cents, 0), 0), e.days
    FROM effective e LEFT JOIN (SELECT service_id, sum(monthly_amount) * 100 AS cents FROM service_fixed_shares GROUP BY 1) f ON f.service_id = e.service_id
   WHERE e.rule = 'fixed'
  UNION ALL
  SELECT e.bill_id, m.agency_id, m.weight, m.days
    FROM effective e JOIN metered_by_agency m ON m.service_id = e.service_id AND m.period = e.period WHERE e.rule = 'submeter'
  UNION ALL
  -- the main meter's consumption not measured by tenants' sub-meters is vacancy (common areas, vacant spaces)
  SELECT e.bill_id, NULL, greatest(st.main_used * e.days - COALESCE(m.weight, 0), 0), e.days
    FROM effective e JOIN sub_totals st ON st.bill_id = e.bill_id
    LEFT JOIN (SELECT service_id, period, sum(weight) AS weight FROM metered_by_agency GROUP BY 1, 2) m ON m.service_id = e.service_id AND m.period = e.period
   WHERE e.rule = 'submeter'
  UNION ALL
  -- every bill has a DGRM row, so that a bill with nobody to share it is still fully allocated
  SELECT e.bill_id, NULL, 0, e.days FROM effective e
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
  SELECT s.*, e.cents, e.period, e.building_id, e.service_id, e.rule,
         div(e.cents * s.weight, s.total_weight) AS base, mod(e.cents * s.weight, s.total_weight) AS remainder
    FROM shares s JOIN effective e ON e.bill_id = s.bill_id
), ranked AS (
  -- a bill belongs to one period and building: partitioned by them too, the rows come out in that
  -- order, which keeps the charges' indexes written in order when they are inserted
  SELECT f.*, f.cents - sum(f.base) OVER (PARTITION BY f.period, f.building_id, f.bill_id) AS leftover,
         row_number() OVER (PARTITION BY f.period, f.building_id, f.bill_id ORDER BY f.remainder DESC, f.payer, f.agency_id NULLS FIRST) AS place
    FROM floored f
)
SELECT r.bill_id, r.period, r.building_id, r.service_id, r.agency_id, r.payer, r.rule AS basis,
       r.weight / CASE r.rule WHEN 'area' THEN 100 WHEN 'submeter' THEN 1000 WHEN 'fixed' THEN 100 ELSE 1 END AS basis_quantity,
       r.total_weight / CASE r.rule WHEN 'area' THEN 100 WHEN 'submeter' THEN 1000 WHEN 'fixed' THEN 100 ELSE 1 END AS denominator,
       r.days AS days_covered,
       round(r.cents / 100.0 / (r.total_weight / CASE r.rule WHEN 'area' THEN 100 WHEN 'submeter' THEN 1000 WHEN 'fixed' THEN 100 ELSE 1 END), 10) AS rate,
       round(r.cents * r.weight / r.total_weight / 100, 6) AS exact_amount,
       (r.base + CASE WHEN r.place <= r.leftover THEN 1 ELSE 0 END) / 100 AS amount,
       CASE WHEN r.place <= r.leftover THEN 0.01 ELSE 0 END AS rounding_adjustment
  FROM ranked r
 WHERE r.weight > 0`;

/**
 * Warnings shown before closing: sub-meters that add up to more than the main meter, or far less.
 * Parameters: $1 first period, $2 building or null, $3 last period.
 */
export const SUBMETER_WARNINGS_SQL = `
WITH consumption AS (
  SELECT m.service_id, m.kind, r.period::text AS period, r.reading + r.adjustment - lag(r.reading) OVER (PARTITION BY m.id ORDER BY r.period) AS used
    FROM meters m JOIN meter_readings r ON r.meter_id = m.id
   WHERE m.active AND r.period BETWEEN to_char(to_date($1::text || '-01', 'YYYY-MM-DD') - interval '1 month', 'YYYY-MM')::char(7) AND ($3::text)::char(7)
), per_service AS (
  SELECT service_id, period, sum(used) FILTER (WHERE kind = 'sub') AS sub, sum(used) FILTER (WHERE kind = 'main') AS main
    FROM consumption WHERE period >= $1::text AND used IS NOT NULL GROUP BY service_id, period
)
SELECT p.period, s.building_id AS "buildingId", s.id AS "serviceId", b.code AS "buildingCode", s.name AS "serviceName",
       p.sub::float8 AS sub, COALESCE(p.main, bill.consumption)::float8 AS main
  FROM per_service p
  JOIN utility_services s ON s.id = p.service_id AND s.basis = 'submeter'
  JOIN buildings b ON b.id = s.building_id
  LEFT JOIN utility_bills bill ON bill.service_id = s.id AND bill.period = p.period::char(7)
 WHERE ($2::uuid IS NULL OR s.building_id = $2::uuid)
   AND p.sub IS NOT NULL AND COALESCE(p.main, bill.consumption) > 0
   AND (p.sub > COALESCE(p.main, bill.consumption) OR p.sub < 0.5 * COALESCE(p.main, bill.consumption))`;

/**
 * Writes the allocation of the months $1…$3 for $2 (building or null) as charges; $4 and $5 are
 * the parallel arrays of those periods and of the run that allocates each.
 */
export const INSERT_CHARGES_SQL = `
WITH allocated AS (${WEIGHTS_SQL}),
runs AS (SELECT unnest($4::text[]) AS period, unnest($5::uuid[]) AS run_id)
INSERT INTO charges (run_id, bill_id, period, building_id, service_id, agency_id, payer, basis, basis_quantity,
                     denominator, days_covered, rate, exact_amount, amount, rounding_adjustment)
SELECT runs.run_id, a.bill_id, a.period, a.building_id, a.service_id, a.agency_id, a.payer, a.basis, a.basis_quantity, a.denominator,
       a.days_covered, a.rate, a.exact_amount, a.amount, a.rounding_adjustment
  FROM allocated a JOIN runs ON runs.period = a.period`;

/**
 * The allocation of the months $1…$3 for $2 (building or null) in one statement: the charges, with
 * $4 and $5 the parallel arrays of the periods and of the run that allocates each; their totals per
 * run, building, period, agency and payer (`charge_totals`) and per run, building and period
 * (`charge_building_totals`), which the savings report reads; and each run's figures. Returns each
 * run's id and bill count.
 *
 * Row by row, a trigger keeps those totals for any other write to `charges`; here the statement
 * writes them itself, from the same rows, and the caller says so for its transaction first
 * (`set_config('csa.charge_totals', 'statement', true)`, see migration 1764600000000). Without that
 * setting nothing is written, rather than totals counted twice.
 */
export const ALLOCATE_SQL = `
WITH allocated AS (${WEIGHTS_SQL}),
runs AS (SELECT unnest($4::text[]) AS period, unnest($5::uuid[]) AS run_id),
rows AS MATERIALIZED (
  SELECT runs.run_id, a.*, s.kind = 'electricity' AS electric, row_number() OVER () AS n
    FROM allocated a JOIN runs ON runs.period = a.period JOIN utility_services s ON s.id = a.service_id
   WHERE current_setting('csa.charge_totals', true) = 'statement'
),
-- Time-ordered ids (UUID version 7: milliseconds, then this statement's row number and 48 random
-- bits), so that the primary key grows at its end instead of at 490k random places.
stamp AS (
  SELECT lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' AS head,
         lpad(to_hex((random() * 281474976710655)::bigint), 12, '0') AS tail
),
inserted AS (
  INSERT INTO charges (id, run_id, bill_id, period, building_id, service_id, agency_id, payer, basis, basis_quantity,
                       denominator, days_covered, rate, exact_amount, amount, rounding_adjustment)
  SELECT (st.head || left(x.h, 3) || '8' || right(x.h, 3) || st.tail)::uuid,
         r.run_id, r.bill_id, r.period, r.building_id, r.service_id, r.agency_id, r.payer, r.basis, r.basis_quantity, r.denominator,
         r.days_covered, r.rate, r.exact_amount, r.amount, r.rounding_adjustment
    FROM rows r CROSS JOIN stamp st CROSS JOIN LATERAL (SELECT lpad(to_hex(r.n), 6, '0') AS h) x
),
agency_totals AS (
  INSERT INTO charge_totals (run_id, building_id, period, agency_id, payer, charges, amount, electricity_charges, electricity)
  SELECT run_id, building_id, period, agency_id, payer, count(*), sum(amount * 100)::bigint,
         count(*) FILTER (WHERE electric), COALESCE(sum(amount * 100) FILTER (WHERE electric), 0)::bigint
    FROM rows GROUP BY run_id, building_id, period, agency_id, payer
  RETURNING *
),
building_totals AS (
  INSERT INTO charge_building_totals (run_id, building_id, period, charges, relevant, amount, tenant_electricity, dgrm)
  SELECT run_id, building_id, period, sum(charges), sum(CASE WHEN payer = 'tenant' THEN electricity_charges ELSE charges END), sum(amount),
         COALESCE(sum(electricity) FILTER (WHERE payer = 'tenant'), 0), COALESCE(sum(amount) FILTER (WHERE payer <> 'tenant'), 0)
    FROM agency_totals GROUP BY run_id, building_id, period
),
run_totals AS (
  UPDATE allocation_runs r SET bills = t.bills, charges = t.charges, total_amount = t.total, vacancy_amount = t.vacancy
    FROM (SELECT run_id, count(DISTINCT bill_id)::int AS bills, count(*)::int AS charges, sum(amount) AS total,
                 COALESCE(sum(amount) FILTER (WHERE payer <> 'tenant'), 0) AS vacancy
            FROM rows GROUP BY run_id) t
   WHERE t.run_id = r.id
  RETURNING r.id, r.bills
)
SELECT id, bills FROM run_totals`;

/**
 * Removes the charges of the periods $1 (of building $2, or all when null) with their totals, in
 * a transaction where the allocation maintains the totals itself (see ALLOCATE_SQL).
 */
export const REMOVE_CHARGES_SQL = [
  `DELETE FROM charge_totals WHERE period = ANY($1::char(7)[]) AND ($2::uuid IS NULL OR building_id = $2::uuid)`,
  `DELETE FROM charge_building_totals WHERE period = ANY($1::char(7)[]) AND ($2::uuid IS NULL OR building_id = $2::uuid)`,
  `DELETE FROM charges WHERE period = ANY($1::char(7)[]) AND ($2::uuid IS NULL OR building_id = $2::uuid)`,
];
