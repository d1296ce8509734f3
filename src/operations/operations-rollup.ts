import type { Queryable } from '../common/sql-params';

/**
 * Rewrites the monthly rollup of the (building_id, month) pairs `touched` selects from the daily
 * counts: called in the transaction that changed the counts.
 */
export async function refreshMonthsOf(tx: Queryable, touched: string, params: unknown[] = []): Promise<void> {
  await tx.query(`DELETE FROM operation_monthly om USING (${touched}) t WHERE om.building_id = t.building_id AND om.month = t.month`, params);
  await tx.query(
    `INSERT INTO operation_monthly (building_id, month, agency_id, visitors, procedures)
     SELECT c.building_id, t.month, c.agency_id, sum(c.visitors), sum(c.procedures)
       FROM (${touched}) t
       JOIN operation_counts c ON c.building_id = t.building_id AND c.date >= t.month AND c.date < (t.month + interval '1 month')::date
      GROUP BY c.building_id, t.month, c.agency_id`,
    params,
  );
}

/** The rollup of the months of the given (building, date) pairs. */
export function refreshMonths(tx: Queryable, pairs: { buildingIds: string[]; months: string[] }): Promise<void> {
  if (!pairs.buildingIds.length) return Promise.resolve();
  return refreshMonthsOf(
    tx,
    `SELECT DISTINCT b AS building_id, date_trunc('month', m)::date AS month FROM unnest($1::uuid[], $2::date[]) AS t(b, m)`,
    [pairs.buildingIds, pairs.months],
  );
}
