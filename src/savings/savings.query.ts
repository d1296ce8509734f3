import type { Actor } from '../common/actor';
import { scopeOf } from '../common/scope';
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

/**
 * The savings report in one set-based statement, on what the database keeps precomputed in the same
 * transaction as the data it derives from (migration 1764600000000-SavingsPrecomputed).
 *
 * Per non-draft agreement and month of the span it covers ([start_date, COALESCE(terminated_on,
 * end_date)]), pro-rated by the days covered in that month and rounded to the centavo:
 *  - lease savings = (reference rent per m² × rentable m² (usable × the building's R/U ratio), or the
 *    documented previous rent without a reference) − the rent paid to the CSA (monthly rent of a
 *    lease; nothing under comodato);
 *  - the electricity baseline = previous monthly electricity (none recorded: zero).
 * Every month between an agreement's first and last is whole, so each agreement's months take three
 * values: its first month, each whole month and its last month. `agreement_savings` holds them, in
 * integer centavos (rounded once, in numeric, per agreement and month), with the indices (year × 12 +
 * month − 1) of its first and last months. A month of a report range has the value it has in the
 * agreement's whole span (a month cut by the range is a whole month, and rounds the same), so the
 * report clips the span to the range and sums integers: by building or agency, first + last + the
 * whole months × their count; by month, a difference array over the range (+value where a segment
 * starts, −value after it ends, running sum). Rounding per agreement and month first makes every
 * grouping add up to the same total; sums come back as pesos with two decimals.
 *
 * Electricity savings subtract the agency's charges of electricity services (payer tenant): no run
 * yet, no charges, the whole baseline counts. The vacancy cost is every charge the DGRM bears (payer
 * vacancy or exempt), in a row of its own when rows are agencies or levels. Only charges of the
 * latest allocation run of each building and period count; `charge_totals` sums each run's charges
 * by building, period, agency and payer (all services and electricity apart), and
 * `charge_building_totals` by building and period only, both kept by triggers on `charges`. Every source is summed by month, building or agency first, so the final grouping reads
 * a few hundred rows.
 */
export function savingsQuery(actor: Actor, span: MonthSpan, groupBy: SavingsGroup): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const index = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
  const fm = `${p.add(index(span.fromPeriod))}::int`;
  const lm = `${p.add(index(span.toPeriod))}::int`;
  const fromPeriod = p.add(span.fromPeriod);
  const toPeriod = p.add(span.toPeriod);
  const scope = (expr: string) => scopeOf(actor, p, { building: expr }).map((c) => `AND ${c}`).join(' ');
  const g = GROUPS[groupBy];
  /** The value of month `m` of agreement `k`: its first, its last, or a whole month. */
  const at = (m: string, what: 'lease' | 'power') =>
    `CASE WHEN ${m} = k.first_month THEN k.${what}_first WHEN ${m} = k.last_month THEN k.${what}_last ELSE k.${what}_full END`;

  const agreementParts = g.base === 'period'
    ? `segments AS (
         SELECT k.ms, k.me, k.own_office, sum(k.lease_full) AS lease_full, sum(k.power_full) AS power_full,
                sum(${at('k.ms', 'lease')}) AS lease_s, sum(${at('k.me', 'lease')}) AS lease_e,
                sum(${at('k.ms', 'power')}) AS power_s, sum(${at('k.me', 'power')}) AS power_e
           FROM (SELECT v.*, GREATEST(v.first_month, ${fm}) AS ms, LEAST(v.last_month, ${lm}) AS me FROM spans v) k
          GROUP BY k.ms, k.me, k.own_office
       ),
       deltas AS (
         SELECT e.mi, e.lease, e.power, CASE WHEN k.own_office THEN e.lease ELSE 0 END AS own
           FROM segments k
           CROSS JOIN LATERAL (VALUES
             (1, k.ms, k.lease_s, k.power_s),
             (2, k.ms + 1, CASE WHEN k.me > k.ms THEN k.lease_full ELSE 0 END - k.lease_s,
                           CASE WHEN k.me > k.ms THEN k.power_full ELSE 0 END - k.power_s),
             (3, k.me, k.lease_e - k.lease_full, k.power_e - k.power_full),
             (4, k.me + 1, -k.lease_e, -k.power_e)
           ) e(part, mi, lease, power)
          WHERE e.part <= 2 OR k.me > k.ms
       ),
       months AS (
         SELECT mi, lpad((mi / 12)::text, 4, '0') || '-' || lpad((mi % 12 + 1)::text, 2, '0') AS period
           FROM generate_series(${fm}, ${lm}) mi
       ),
       agreement_parts AS (
         SELECT mo.period, sum(d.lease) OVER w AS lease, sum(d.power) OVER w AS power, 0::numeric AS vacancy, sum(d.own) OVER w AS own
           FROM months mo
           LEFT JOIN (SELECT mi, sum(lease) AS lease, sum(power) AS power, sum(own) AS own FROM deltas GROUP BY mi) d ON d.mi = mo.mi
         WINDOW w AS (ORDER BY mo.mi)
       )`
    : `agreement_parts AS (
         SELECT ${g.base}, sum(k.lease) AS lease, sum(k.power) AS power, 0::numeric AS vacancy, sum(k.lease) FILTER (WHERE k.own_office) AS own
           FROM (SELECT k.${g.base}, k.own_office,
                        CASE WHEN k.first_month >= ${fm} THEN k.lease_first ELSE 0 END
                          + CASE WHEN k.last_month > k.first_month AND k.last_month <= ${lm} THEN k.lease_last ELSE 0 END
                          + k.lease_full * GREATEST(LEAST(k.last_month - 1, ${lm}) - GREATEST(k.first_month + 1, ${fm}) + 1, 0) AS lease,
                        CASE WHEN k.first_month >= ${fm} THEN k.power_first ELSE 0 END
                          + CASE WHEN k.last_month > k.first_month AND k.last_month <= ${lm} THEN k.power_last ELSE 0 END
                          + k.power_full * GREATEST(LEAST(k.last_month - 1, ${lm}) - GREATEST(k.first_month + 1, ${fm}) + 1, 0) AS power
                   FROM spans k) k
          GROUP BY ${g.base}
       )`;
  // Months and buildings read the totals per run, building and period; agencies and levels those per agency too.
  const chargeParts = g.base === 'agency_id'
    ? `SELECT CASE WHEN t.payer = 'tenant' THEN t.agency_id END AS agency_id, 0::numeric AS lease,
              COALESCE(-sum(t.electricity) FILTER (WHERE t.payer = 'tenant'), 0) AS power,
              COALESCE(sum(t.amount) FILTER (WHERE t.payer <> 'tenant'), 0) AS vacancy, 0::numeric AS own
         FROM charge_totals t
        WHERE (t.run_id, t.building_id) IN (SELECT run_id, building_id FROM runs)
          AND (t.payer <> 'tenant' OR t.electricity_charges > 0) ${scope('t.building_id')}
        GROUP BY 1`
    : `SELECT ${g.base === 'period' ? 't.period::text' : 't.building_id'} AS ${g.base}, 0::numeric AS lease,
              -sum(t.tenant_electricity) AS power, sum(t.dgrm) AS vacancy, 0::numeric AS own
         FROM charge_building_totals t
         JOIN runs r ON r.run_id = t.run_id AND r.building_id = t.building_id
        WHERE t.relevant > 0 ${scope('t.building_id')}
        GROUP BY 1`;

  const text = `
    WITH spans AS (
      SELECT v.*, ag.level = 'state' AS own_office
        FROM agreement_savings v JOIN agencies ag ON ag.id = v.agency_id
       WHERE v.first_month <= ${lm} AND v.last_month >= ${fm} ${scope('v.building_id')}
    ),
    ${agreementParts},
    runs AS MATERIALIZED (${currentRunsSql(fromPeriod, toPeriod)}),
    charge_parts AS (${chargeParts}),
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
