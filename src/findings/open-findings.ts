import type { Queryable } from '../common/sql-params';
import { deadlinesFrom } from './deadlines';

/**
 * Opens one finding per failed result of a signed inspection, with its corrective action, the
 * deadline of its severity in working days (weekends and the `nonWorking` dates skipped) and its
 * "opened" event. One statement for all; folios are numbered per building and year from the counter.
 * Returns how many were opened.
 */
export async function openFindings(
  tx: Queryable,
  inspectionId: string,
  actor: { id: string | null; name: string },
  day: string,
  nonWorking: ReadonlySet<string>,
): Promise<number> {
  const [{ n, building_id: buildingId }] = await tx.query<{ n: number; building_id: string }[]>(
    `SELECT count(*)::int AS n, (SELECT building_id FROM inspections WHERE id = $1) AS building_id
       FROM inspection_results r WHERE r.inspection_id = $1 AND r.outcome = 'fails'
        AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.result_id = r.id)`,
    [inspectionId],
  );
  if (!n) return 0;
  const year = Number(day.slice(0, 4));
  const [{ code, last }] = await tx.query<{ code: string; last: number }[]>(
    `WITH c AS (
       INSERT INTO compliance_folio_counters (prefix, building_id, year, last_number) VALUES ('HAL', $1, $2, $3)
       ON CONFLICT (prefix, building_id, year) DO UPDATE SET last_number = compliance_folio_counters.last_number + EXCLUDED.last_number
       RETURNING last_number)
     SELECT b.code, c.last_number AS last FROM c, buildings b WHERE b.id = $1`,
    [buildingId, year, n],
  );
  const due = deadlinesFrom(day, nonWorking);
  await tx.query(
    `WITH failed AS (
       SELECT r.id AS result_id, r.space_id, r.note, x.agency_id, ci.article_id, a.number, a.title, a.severity,
              row_number() OVER (ORDER BY ci.position, ci.id, s.code) AS k
         FROM inspection_results r
         JOIN inspection_spaces x ON x.inspection_id = r.inspection_id AND x.space_id = r.space_id
         JOIN checklist_items ci ON ci.id = r.item_id
         JOIN articles a ON a.id = ci.article_id
         JOIN spaces s ON s.id = r.space_id
        WHERE r.inspection_id = $1 AND r.outcome = 'fails' AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.result_id = r.id)),
     opened AS (
       INSERT INTO findings (folio, inspection_id, result_id, building_id, space_id, agency_id, article_id, severity, description,
                             corrective_action, due_on, created_at)
       SELECT 'HAL-' || $2 || '-' || $3 || '-' || lpad(($4 + f.k)::text, 4, '0'), $1, f.result_id, $5, f.space_id, f.agency_id, f.article_id,
              f.severity, f.note,
              'Corregir el incumplimiento del artículo ' || f.number || ' («' || f.title || '»)'
                || CASE WHEN f.note IS NOT NULL THEN ': ' || f.note ELSE '' END
                || ' y enviar evidencia de la corrección.',
              CASE f.severity WHEN 'critical' THEN $6::date WHEN 'high' THEN $7::date WHEN 'medium' THEN $8::date ELSE $9::date END,
              now()
         FROM failed f
       RETURNING id, due_on)
     INSERT INTO finding_events (finding_id, kind, user_id, user_name, text)
     SELECT id, 'opened', $10, $11, 'Hallazgo abierto al firmar el acta; plazo al ' || to_char(due_on, 'DD/MM/YYYY') FROM opened`,
    [inspectionId, code, year, last - n, buildingId, due.critical, due.high, due.medium, due.low, actor.id, actor.name],
  );
  return n;
}
