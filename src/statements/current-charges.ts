/**
 * The allocation runs whose charges count, per building and period: a run replaces the charges of
 * its period (of one building, or of all when `building_id` is null), so for each building and
 * period only the latest run that covered it is read. Should runs keep their charges as history,
 * nothing is counted twice. Join `charges c` on `(c.run_id, c.building_id)`.
 */
export function currentRunsSql(fromPeriod: string, toPeriod: string): string {
  return `SELECT r.id AS run_id, b.id AS building_id
            FROM allocation_runs r
            JOIN buildings b ON r.building_id IS NULL OR r.building_id = b.id
           WHERE r.period BETWEEN ${fromPeriod} AND ${toPeriod}
             AND NOT EXISTS (SELECT 1 FROM allocation_runs n
                              WHERE n.period = r.period AND (n.building_id IS NULL OR n.building_id = b.id)
                                AND (n.started_at, n.id) > (r.started_at, r.id))`;
}
