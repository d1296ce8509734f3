import type { Actor } from '../common/actor';
import { buildingScope } from '../common/scope';
import { SqlParams } from '../common/sql-params';
import { currentRunsSql } from '../statements/current-charges';
import type { MonthSpan } from '../common/periods';
import type { SavingsGroup } from './dto/savings.dto';

/** What every source is summed by before the rows are built: a month, a building or an agency. */
type Base = 'period' | 'building_id' | 'agency_id';

interface GroupSql {
  base: Base;
  /** The columns a row is grouped by, then its key, label and order, built from them. */
  columns: string[];
  key: string;
  label: string;
  order: string;
  joins: string;
}

const GROUPS: Record<SavingsGroup, GroupSql> = {
  year: { base: 'period', columns: ['left(x.period, 4)'], key: 'left(x.period, 4)', label: 'left(x.period, 4)', order: 'left(x.period, 4)', joins: '' },
  month: { base: 'period', columns: ['x.period'], key: 'x.period', label: 'x.period', order: 'x.period', joins: '' },
  building: {
    base: 'building_id', columns: ['b.id', 'b.code', 'b.name'], key: 'b.id::text', label: `b.code || ' — ' || b.name`, order: 'b.code',
    joins: 'JOIN buildings b ON b.id = x.building_id',
  },
  level: {
    base: 'agency_id', columns: ['ag.level'], key: `COALESCE(ag.level, 'dgrm')`, label: `COALESCE(ag.level, 'dgrm')`,
    order: `array_position(ARRAY['state','federal','municipal','auxiliary','autonomous','private']::varchar[], ag.level) NULLS LAST`,
    joins: 'LEFT JOIN agencies ag ON ag.id = x.agency_id',
  },
  agency: {
    base: 'agency_id', columns: ['ag.id', 'ag.acronym', 'ag.name'], key: `COALESCE(ag.id::text, 'dgrm')`, label: `ag.acronym || ' — ' || ag.name`,
    order: 'ag.id IS NULL, ag.acronym, ag.name', joins: 'LEFT JOIN agencies ag ON ag.id = x.agency_id',
  },
};

export interface SavingsRowSql {
  key: string | null;
  label: string | null;
  isTotal: boolean;
  leaseSavings: string;
  electricitySavings: string;
  totalSavings: string;
  vacancyCost: string;
  ownOfficeLeases: string;
}

/** Centavos (integers) summed in SQL, written back as pesos with two decimals. */
const money = (cents: string) => `(COALESCE(${cents}, 0) / 100.0)::numeric(18,2)::text`;
/** Days in month `m` of year `y` (integers): integer arithmetic, cheaper than date functions per row. */
const daysIn = (y: string, m: string) =>
  `((ARRAY[31,28,31,30,31,30,31,31,30,31,30,31])[${m}] + CASE WHEN ${m} = 2 AND ${y} % 4 = 0 AND (${y} % 100 <> 0 OR ${y} % 400 = 0) THEN 1 ELSE 0 END)`;

/**
 * The savings report in one set-based statement.
 *
 * Per non-draft agreement and month of the span it covers ([start_date, COALESCE(terminated_on,
 * end_date)]), pro-rated by the days covered in that month and rounded to the centavo:
 *  - lease savings = (reference rent per m² × rentable m² (usable × the building's R/U ratio), or the
 *    documented previous rent without a reference) − the rent paid to the CSA (monthly rent of a
 *    lease; nothing under comodato);
 *  - the electricity baseline = previous monthly electricity (none recorded: zero).
 * Every month between an agreement's first and last is whole, so the months joined to an agreement
 * collapse into three `segments`: its first month, the whole months (one value per month) and its
 * last month. Sums by building or agency multiply a segment's monthly value by its months; sums by
 * month spread segments over the generated months with a difference array (+value where a segment
 * starts, −value after it ends, running sum). Rounding per agreement and month first makes every
 * grouping add up to the same total. Amounts are rounded once, in numeric, to integer centavos; the
 * sums run on those integers (cheaper than numeric by far) and come back as pesos with two decimals.
 *
 * Electricity savings subtract the agency's charges of electricity services (payer tenant): no run
 * yet, no charges, the whole baseline counts. The vacancy cost is every charge the DGRM bears (payer
 * vacancy or exempt), in a row of its own when rows are agencies or levels. Only charges of the
 * latest allocation run of each building and period count. Every source is summed by month, building
 * or agency first, so the final grouping reads a few hundred rows.
 */
export function savingsQuery(actor: Actor, span: MonthSpan, groupBy: SavingsGroup): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const first = p.add(span.first);
  const last = p.add(span.last);
  const fromPeriod = p.add(span.fromPeriod);
  const toPeriod = p.add(span.toPeriod);
  const scope = (expr: string) => buildingScope(actor, expr, p).map((c) => `AND ${c}`).join(' ');
  const g = GROUPS[groupBy];

  const agreementParts = g.base === 'period'
    ? `deltas AS (
         SELECT e.mi, e.lease, e.power, CASE WHEN k.own_office THEN e.lease ELSE 0 END AS own
           FROM bounds k
           CROSS JOIN LATERAL (VALUES
             (1, k.ms, k.lease_first, k.power_first),
             (2, k.ms + 1, CASE WHEN k.me > k.ms THEN k.lease_full ELSE 0 END - k.lease_first,
                           CASE WHEN k.me > k.ms THEN k.power_full ELSE 0 END - k.power_first),
             (3, k.me, k.lease_last - k.lease_full, k.power_last - k.power_full),
             (4, k.me + 1, -k.lease_last, -k.power_last)
           ) e(part, mi, lease, power)
          WHERE e.part <= 2 OR k.me > k.ms
       ),
       months AS (
         SELECT (date_part('year', m)::int * 12 + date_part('month', m)::int - 1) AS mi, to_char(m, 'YYYY-MM') AS period
           FROM generate_series(${first}::timestamp, ${last}::timestamp, interval '1 month') m
       ),
       agreement_parts AS (
         SELECT mo.period, sum(d.lease) OVER w AS lease, sum(d.power) OVER w AS power, 0::numeric AS vacancy, sum(d.own) OVER w AS own
           FROM months mo
           LEFT JOIN (SELECT mi, sum(lease) AS lease, sum(power) AS power, sum(own) AS own FROM deltas GROUP BY mi) d ON d.mi = mo.mi
         WINDOW w AS (ORDER BY mo.mi)
       )`
    : `agreement_parts AS (
         SELECT ${g.base}, sum(k.lease) AS lease, sum(k.power) AS power, 0::numeric AS vacancy, sum(k.lease) FILTER (WHERE k.own_office) AS own
           FROM (SELECT ${g.base}, own_office, lease_first + lease_full * GREATEST(me - ms - 1, 0) + lease_last AS lease,
                        power_first + power_full * GREATEST(me - ms - 1, 0) + power_last AS power
                   FROM bounds) k
          GROUP BY ${g.base}
       )`;
  const chargeBase = { period: 'c.period::text', building_id: 'c.building_id', agency_id: `CASE WHEN c.payer = 'tenant' THEN c.agency_id END` }[g.base];

  const text = `
    WITH area AS (
      SELECT x.agreement_id, sum(s.usable_area_m2) AS usable
        FROM agreement_spaces x JOIN spaces s ON s.id = x.space_id
       WHERE x.blocking AND x.period && daterange(${first}::date, ${last}::date, '[]') ${scope('x.building_id')}
       GROUP BY x.agreement_id
    ),
    clipped AS (
      SELECT a.agency_id, a.building_id, ag.level = 'state' AS own_office,
             CASE WHEN a.reference_rent_per_m2 IS NOT NULL THEN a.reference_rent_per_m2 * ar.usable * b.ru_ratio
                  ELSE COALESCE(a.previous_monthly_rent, 0) END - COALESCE(a.monthly_rent, 0) AS lease_month,
             COALESCE(a.previous_monthly_electricity, 0) AS power_month,
             GREATEST(a.start_date, ${first}::date) AS s, LEAST(COALESCE(a.terminated_on, a.end_date), ${last}::date) AS e
        FROM agreements a
        JOIN area ar ON ar.agreement_id = a.id
        JOIN buildings b ON b.id = a.building_id
        JOIN agencies ag ON ag.id = a.agency_id
       WHERE a.status <> 'draft' AND a.start_date <= ${last}::date AND COALESCE(a.terminated_on, a.end_date) >= ${first}::date
             ${scope('a.building_id')}
    ),
    dated AS (
      SELECT c.*, date_part('year', c.s)::int AS ys, date_part('month', c.s)::int AS mos, date_part('day', c.s)::int AS ds,
             date_part('year', c.e)::int AS ye, date_part('month', c.e)::int AS moe, date_part('day', c.e)::int AS de
        FROM clipped c
    ),
    days AS (
      SELECT d.*, d.ys * 12 + d.mos - 1 AS ms, d.ye * 12 + d.moe - 1 AS me,
             CASE WHEN d.ys = d.ye AND d.mos = d.moe THEN d.e - d.s + 1 ELSE ${daysIn('d.ys', 'd.mos')} - d.ds + 1 END AS first_days,
             ${daysIn('d.ys', 'd.mos')} AS first_month_days, d.de AS last_days, ${daysIn('d.ye', 'd.moe')} AS last_month_days
        FROM dated d
    ),
    bounds AS MATERIALIZED (
      SELECT k.agency_id, k.building_id, k.own_office, k.ms, k.me,
             round(k.lease_month * k.first_days * 100 / k.first_month_days)::bigint AS lease_first,
             round(k.lease_month * 100)::bigint AS lease_full,
             CASE WHEN k.me > k.ms THEN round(k.lease_month * k.last_days * 100 / k.last_month_days)::bigint ELSE 0 END AS lease_last,
             round(k.power_month * k.first_days * 100 / k.first_month_days)::bigint AS power_first,
             round(k.power_month * 100)::bigint AS power_full,
             CASE WHEN k.me > k.ms THEN round(k.power_month * k.last_days * 100 / k.last_month_days)::bigint ELSE 0 END AS power_last
        FROM days k
    ),
    ${agreementParts},
    runs AS (${currentRunsSql(fromPeriod, toPeriod)}),
    charge_parts AS (
      SELECT ${chargeBase} AS ${g.base}, 0::numeric AS lease,
             COALESCE(-sum(c.amount) FILTER (WHERE c.payer = 'tenant'), 0) * 100 AS power,
             COALESCE(sum(c.amount) FILTER (WHERE c.payer <> 'tenant'), 0) * 100 AS vacancy, 0::numeric AS own
        FROM charges c
        JOIN runs r ON r.run_id = c.run_id AND r.building_id = c.building_id
       WHERE (c.payer <> 'tenant' OR c.service_id = ANY (ARRAY(SELECT id FROM utility_services WHERE kind = 'electricity')))
             ${scope('c.building_id')}
       GROUP BY 1
    ),
    parts AS (SELECT * FROM agreement_parts UNION ALL SELECT * FROM charge_parts)
    SELECT ${g.key} AS key, ${g.label} AS label, GROUPING(${g.columns[0]}) = 1 AS "isTotal",
           ${money('sum(x.lease)')} AS "leaseSavings",
           ${money('sum(x.power)')} AS "electricitySavings",
           ${money('sum(x.lease) + sum(x.power)')} AS "totalSavings",
           ${money('sum(x.vacancy)')} AS "vacancyCost",
           ${money('sum(x.own)')} AS "ownOfficeLeases"
      FROM parts x ${g.joins}
     GROUP BY GROUPING SETS ((${g.columns.join(', ')}), ())
     ORDER BY "isTotal", ${g.order}`;
  return { text, values: p.values };
}
