import type { Queryable } from '../common/sql-params';

/** The key of results in spaces without a tenant: rolled up per building, under no agency. */
export const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** Severity weight in SQL: low 1, medium 2, high 3, critical 4. */
export const SEVERITY_WEIGHT_SQL = (column: string) => `(CASE ${column} WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END)`;

/**
 * Adds the results of signed inspections to the monthly rollup the scorecards read, by month of
 * the visit, building and tenant agency. Called in the sign-off's transaction (one inspection) or
 * by the demo loader (many): `where` selects the inspections, `params` its parameters.
 */
export async function rollUpInspections(tx: Queryable, where: string, params: unknown[]): Promise<void> {
  await tx.query(
    `INSERT INTO compliance_monthly AS m (period, building_id, agency_key, agency_id, checked, compliant, failed, not_applicable, weight_applicable, weight_compliant)
     SELECT to_char(i.performed_on, 'YYYY-MM'), i.building_id, COALESCE(x.agency_id, '${NO_AGENCY}'::uuid), x.agency_id,
            count(*), count(*) FILTER (WHERE r.outcome = 'complies'), count(*) FILTER (WHERE r.outcome = 'fails'),
            count(*) FILTER (WHERE r.outcome = 'not_applicable'),
            COALESCE(sum(${SEVERITY_WEIGHT_SQL('a.severity')}) FILTER (WHERE r.outcome <> 'not_applicable'), 0),
            COALESCE(sum(${SEVERITY_WEIGHT_SQL('a.severity')}) FILTER (WHERE r.outcome = 'complies'), 0)
       FROM inspections i
       JOIN inspection_results r ON r.inspection_id = i.id
       JOIN inspection_spaces x ON x.inspection_id = r.inspection_id AND x.space_id = r.space_id
       JOIN checklist_items ci ON ci.id = r.item_id
       JOIN articles a ON a.id = ci.article_id
      WHERE ${where}
      GROUP BY 1, 2, 3, 4
     ON CONFLICT (period, building_id, agency_key) DO UPDATE SET
       checked = m.checked + EXCLUDED.checked, compliant = m.compliant + EXCLUDED.compliant, failed = m.failed + EXCLUDED.failed,
       not_applicable = m.not_applicable + EXCLUDED.not_applicable, weight_applicable = m.weight_applicable + EXCLUDED.weight_applicable,
       weight_compliant = m.weight_compliant + EXCLUDED.weight_compliant`,
    params,
  );
}
