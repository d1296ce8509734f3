import type { EntityManager } from 'typeorm';
import { rollUpInspections } from '../compliance/rollup';
import { addMonths, draw } from '../supervision/draw';
import { loadCandidates, replaceEntries } from '../supervision/plans.repository';
import { ACUERDO_2006, ACUERDO_ARTICLES, DEMO_CHECKLISTS, REGLAMENTO_2015, REGLAMENTO_ARTICLES } from './compliance-catalog';

export interface ComplianceDemoOptions {
  /** YYYY-MM-DD; every date is relative to it. */
  today: string;
  /** Months of history before the current one (default 24). */
  months?: number;
  /** Spaces drawn per month in the history (default 40). */
  sampleSize?: number;
}

/** A deterministic non-negative integer from a text, in SQL (md5, the same on every PostgreSQL). */
const H = (expr: string) => `(('x' || substr(md5(${expr}), 1, 7))::bit(28)::int)`;

const FAIL_NOTES = [
  'Pasillo obstruido con cajas de archivo', 'Extintor con acceso bloqueado', 'Cartel no autorizado en el vidrio del módulo',
  'Personal sin gafete visible', 'Horario de atención no publicado', 'Multicontacto sobrecargado bajo el escritorio',
  'Residuos sin separar', 'Módulo cerrado a la hora de apertura', 'Requisitos de trámites no visibles', 'Mobiliario dañado sin reporte',
];

/**
 * The compliance demo, all in set-based statements: the 2006 Acuerdo (abrogated) and the
 * 2015 Reglamento with illustrative articles, two checklists, `months` approved monthly plans with a
 * signed random inspection per building drawn, their results, the rollup, findings in every status
 * with their timelines (the liaison of IFREM sees one of each), and the current month's plan drawn
 * by the real engine and left as a draft for the inspector to approve.
 */
export async function seedCompliance(manager: EntityManager, options: ComplianceDemoOptions): Promise<void> {
  const q = <T = unknown>(sql: string, params?: unknown[]) => manager.query<T>(sql, params);
  const months = options.months ?? 24;
  const sampleSize = options.sampleSize ?? 40;
  const today = options.today;
  const current = today.slice(0, 7);

  // Rules.
  const regs = [REGLAMENTO_2015, ACUERDO_2006];
  await q(
    `INSERT INTO regulations (code, title, kind, published_on, in_force_from, in_force_to, illustrative, notes)
     SELECT t.code, t.title, t.kind, t.published_on, t.from_, t.to_, true, t.notes
       FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[], $6::date[], $7::text[]) AS t(code, title, kind, published_on, from_, to_, notes)`,
    [regs.map((r) => r.code), regs.map((r) => r.title), regs.map((r) => r.kind), regs.map((r) => r.publishedOn), regs.map((r) => r.inForceFrom),
      regs.map((r) => r.inForceTo), regs.map((r) => r.notes)],
  );
  await q(`UPDATE regulations SET abrogated_by_id = (SELECT id FROM regulations WHERE code = $2) WHERE code = $1`, [ACUERDO_2006.code, REGLAMENTO_2015.code]);
  const articles = [
    ...REGLAMENTO_ARTICLES.map((a) => ({ ...a, reg: REGLAMENTO_2015.code })),
    ...ACUERDO_ARTICLES.map((a) => ({ ...a, reg: ACUERDO_2006.code })),
  ];
  await q(
    `INSERT INTO articles (regulation_id, number, title, text, category, severity, illustrative)
     SELECT r.id, t.number, t.title, t.text, t.category, t.severity, true
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(reg, number, title, text, category, severity)
       JOIN regulations r ON r.code = t.reg`,
    [articles.map((a) => a.reg), articles.map((a) => a.number), articles.map((a) => a.title), articles.map((a) => a.text),
      articles.map((a) => a.category), articles.map((a) => a.severity)],
  );
  await q(`INSERT INTO checklists (name, description) SELECT * FROM unnest($1::text[], $2::text[])`, [DEMO_CHECKLISTS.map((c) => c.name), DEMO_CHECKLISTS.map((c) => c.description)]);
  const items = DEMO_CHECKLISTS.flatMap((c) => c.articles.map((number, i) => ({
    checklist: c.name, number, position: i + 1, question: REGLAMENTO_ARTICLES.find((a) => a.number === number)!.question!,
  })));
  await q(
    `INSERT INTO checklist_items (checklist_id, article_id, position, question)
     SELECT c.id, a.id, t.position, t.question
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[]) AS t(checklist, number, position, question)
       JOIN checklists c ON c.name = t.checklist
       JOIN articles a ON a.number = t.number AND a.regulation_id = (SELECT id FROM regulations WHERE code = $5)`,
    [items.map((i) => i.checklist), items.map((i) => i.number), items.map((i) => i.position), items.map((i) => i.question), REGLAMENTO_2015.code],
  );
  const [{ checklist, inspector }] = await q<{ checklist: string; inspector: string | null }[]>(
    `SELECT (SELECT id FROM checklists WHERE name = $1) AS checklist, (SELECT id FROM users WHERE username = 'inspector') AS inspector`,
    [DEMO_CHECKLISTS[0].name],
  );

  // History: approved plans, their entries and one signed inspection per building drawn.
  const periods = Array.from({ length: months }, (_, i) => addMonths(current, i - months));
  await q(
    `INSERT INTO supervision_plans (period, seed, sample_size, coverage_months, status, drawn_at, approved_at, approved_by, checklist_id, created_at)
     SELECT p, ${H("'semilla' || p")}, $2, 6, 'approved', to_date(p || '-01', 'YYYY-MM-DD') - 5, to_date(p || '-01', 'YYYY-MM-DD') - 3, $3, $4,
            to_date(p || '-01', 'YYYY-MM-DD') - 5
       FROM unnest($1::text[]) AS p`,
    [periods, sampleSize, inspector, checklist],
  );
  await q(
    `WITH m AS (SELECT id AS plan_id, period, to_date(period || '-01', 'YYYY-MM-DD') AS first FROM supervision_plans WHERE period = ANY($1::text[])),
     occ AS (
       SELECT DISTINCT ON (m.plan_id, x.space_id) m.plan_id, m.period, x.space_id, x.building_id, a.agency_id
         FROM m JOIN agreement_spaces x ON x.blocking AND x.period && daterange(m.first, (m.first + interval '1 month')::date)
         JOIN agreements a ON a.id = x.agreement_id
         JOIN spaces s ON s.id = x.space_id AND s.type <> 'common_area'
        ORDER BY m.plan_id, x.space_id, upper(x.period) DESC),
     ranked AS (SELECT o.*, row_number() OVER (PARTITION BY o.plan_id ORDER BY md5(o.space_id::text || o.period)) AS k,
                       count(*) OVER (PARTITION BY o.plan_id) AS n FROM occ o)
     INSERT INTO supervision_plan_entries (plan_id, position, building_id, space_id, agency_id, weight, probability, forced, reasons)
     SELECT plan_id, k, building_id, space_id, agency_id, 1 + ${H("space_id::text || period")} % 9, LEAST(1, $2::numeric / n), false,
            jsonb_build_array('Sorteo ponderado por riesgo (historial de demostración)')
       FROM ranked WHERE k <= $2`,
    [periods, sampleSize],
  );
  await q(
    `WITH visits AS (
       SELECT e.plan_id, e.building_id, p.period, b.code,
              to_date(p.period || '-01', 'YYYY-MM-DD') + (${H("b.code || p.period")} % 20) AS day
         FROM (SELECT DISTINCT plan_id, building_id FROM supervision_plan_entries) e
         JOIN supervision_plans p ON p.id = e.plan_id AND p.period = ANY($1::text[])
         JOIN buildings b ON b.id = e.building_id),
     dated AS (SELECT v.*, v.day + CASE extract(isodow FROM v.day) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS on_day FROM visits v)
     INSERT INTO inspections (folio, building_id, type, inspector_id, checklist_id, planned_on, performed_on, plan_id, notes, status, created_at)
     SELECT 'SUP-' || code || '-' || extract(year FROM on_day) || '-'
              || lpad((row_number() OVER (PARTITION BY building_id, extract(year FROM on_day) ORDER BY on_day, plan_id))::text, 4, '0'),
            building_id, 'random', $2, $3, on_day, on_day, plan_id, 'Supervisión aleatoria del plan ' || period, 'in_progress', on_day - 4
       FROM dated`,
    [periods, inspector, checklist],
  );
  await q(`UPDATE supervision_plan_entries e SET inspection_id = i.id FROM inspections i WHERE i.plan_id = e.plan_id AND i.building_id = e.building_id AND i.plan_id IS NOT NULL`);
  await q(
    `INSERT INTO inspection_spaces (inspection_id, space_id, building_id, agency_id)
     SELECT e.inspection_id, e.space_id, e.building_id, e.agency_id FROM supervision_plan_entries e WHERE e.inspection_id IS NOT NULL`,
  );
  // Results: each agency has its own failure rate (4–13 %, IFREM a little more); critical items fail half as often.
  await q(
    `INSERT INTO inspection_results (inspection_id, item_id, space_id, outcome, note, created_at, updated_at)
     SELECT x.inspection_id, ci.id, x.space_id, r.outcome,
            CASE WHEN r.outcome = 'fails' THEN ($2::text[])[1 + r.h % array_length($2::text[], 1)] END,
            i.performed_on + interval '10 hours', i.performed_on + interval '10 hours'
       FROM inspections i
       JOIN inspection_spaces x ON x.inspection_id = i.id
       JOIN checklist_items ci ON ci.checklist_id = i.checklist_id
       JOIN articles a ON a.id = ci.article_id
       LEFT JOIN agencies g ON g.id = x.agency_id
       CROSS JOIN LATERAL (SELECT ${H("x.inspection_id::text || ci.id::text || x.space_id::text")} AS h) hh
       CROSS JOIN LATERAL (SELECT hh.h,
              CASE WHEN hh.h % 1000 < (40 + ${H("coalesce(g.acronym, '')")} % 90 + CASE WHEN g.acronym = 'IFREM' THEN 60 ELSE 0 END)
                                      / CASE WHEN a.severity = 'critical' THEN 2 ELSE 1 END THEN 'fails'
                   WHEN hh.h % 1000 > 960 THEN 'not_applicable' ELSE 'complies' END AS outcome) r
      WHERE i.plan_id IS NOT NULL AND i.status = 'in_progress' AND i.performed_on < $1::date`,
    [today, FAIL_NOTES],
  );
  await q(
    `UPDATE inspections i SET status = 'signed', signed_at = i.performed_on + interval '15 hours', signed_by = $2,
            tenant_signatory = 'Responsable del módulo ' || (SELECT min(s.code) FROM inspection_spaces x JOIN spaces s ON s.id = x.space_id WHERE x.inspection_id = i.id),
            updated_at = i.performed_on + interval '15 hours'
      WHERE i.plan_id IS NOT NULL AND i.status = 'in_progress' AND i.performed_on < $1::date`,
    [today, inspector],
  );
  await rollUpInspections(manager, `i.status = 'signed'`, []);

  // Findings of every failed result, with a status that depends on their age.
  await q(
    `WITH failed AS (
       SELECT r.id AS result_id, r.inspection_id, i.building_id, b.code, r.space_id, x.agency_id, ci.article_id, a.number, a.title, a.severity, r.note,
              i.performed_on, i.signed_at,
              i.performed_on + CASE a.severity WHEN 'critical' THEN 7 WHEN 'high' THEN 14 WHEN 'medium' THEN 28 ELSE 42 END AS due_on,
              ${H("r.id::text")} % 100 AS h,
              row_number() OVER (PARTITION BY i.building_id, extract(year FROM i.performed_on) ORDER BY i.performed_on, ci.position, r.id) AS k
         FROM inspection_results r
         JOIN inspections i ON i.id = r.inspection_id AND i.status = 'signed'
         JOIN buildings b ON b.id = i.building_id
         JOIN inspection_spaces x ON x.inspection_id = r.inspection_id AND x.space_id = r.space_id
         JOIN checklist_items ci ON ci.id = r.item_id
         JOIN articles a ON a.id = ci.article_id
        WHERE r.outcome = 'fails'),
     st AS (
       SELECT f.*, CASE
                WHEN f.due_on >= $1::date THEN (ARRAY['open','in_progress','in_progress','answered','answered'])[1 + f.h % 5]
                WHEN f.h < 72 THEN 'verified' WHEN f.h < 80 THEN 'waived' WHEN f.h < 92 THEN 'overdue' ELSE 'answered' END AS status
         FROM failed f)
     INSERT INTO findings (folio, inspection_id, result_id, building_id, space_id, agency_id, article_id, severity, description, corrective_action,
                           due_on, status, waived_reason, answered_at, verified_at, created_at, updated_at)
     SELECT 'HAL-' || code || '-' || extract(year FROM performed_on) || '-' || lpad(k::text, 4, '0'), inspection_id, result_id, building_id, space_id,
            agency_id, article_id, severity, note,
            'Corregir el incumplimiento del artículo ' || number || ' («' || title || '»): ' || note || ' y enviar evidencia de la corrección.',
            due_on, status,
            CASE WHEN status = 'waived' THEN 'El espacio se desocupó antes del plazo; se dispensa la acción.' END,
            CASE WHEN status IN ('answered','verified') THEN LEAST(signed_at + interval '5 days', now()) END,
            CASE WHEN status = 'verified' THEN LEAST(signed_at + interval '9 days', now()) END,
            signed_at, signed_at
       FROM st`,
    [today],
  );
  // The liaison of IFREM sees one finding in each status, on its latest findings.
  await q(
    `WITH latest AS (
       SELECT f.id, row_number() OVER (ORDER BY f.created_at DESC, f.id) AS k
         FROM findings f JOIN agencies g ON g.id = f.agency_id AND g.acronym = 'IFREM' AND g.name = 'Instituto de la Función Registral del Estado de México'),
     wanted AS (SELECT id, (ARRAY['open','in_progress','answered','overdue','verified','waived'])[k] AS status FROM latest WHERE k <= 6)
     UPDATE findings f SET status = w.status,
            due_on = CASE WHEN w.status = 'overdue' THEN $1::date - 3 WHEN w.status IN ('open','in_progress','answered') THEN GREATEST(f.due_on, $1::date + 10) ELSE f.due_on END,
            waived_reason = CASE WHEN w.status = 'waived' THEN 'Se reubicó el módulo; la observación ya no aplica.' END,
            answered_at = CASE WHEN w.status IN ('answered','verified') THEN LEAST(f.created_at + interval '3 days', now()) END,
            verified_at = CASE WHEN w.status = 'verified' THEN LEAST(f.created_at + interval '6 days', now()) END
       FROM wanted w WHERE w.id = f.id`,
    [today],
  );
  await q(
    `INSERT INTO finding_events (finding_id, at, kind, user_id, user_name, text)
     SELECT f.id, e.at, e.kind, e.user_id, e.user_name, e.text
       FROM findings f
       LEFT JOIN agencies g ON g.id = f.agency_id
       CROSS JOIN LATERAL (VALUES
         (f.created_at, 'opened', $1::uuid, 'Supervisión de inmuebles (demo)', 'Hallazgo abierto al firmar el acta; plazo al ' || to_char(f.due_on, 'DD/MM/YYYY'), true),
         (LEAST(f.created_at + interval '2 days', now()), 'started', NULL, 'Enlace ' || coalesce(g.acronym, ''), 'Se inició la atención de la acción correctiva',
           f.status IN ('in_progress','answered','verified')),
         (f.answered_at, 'answered', NULL, 'Enlace ' || coalesce(g.acronym, ''), 'Se corrigió la observación; se anexa evidencia fotográfica.', f.answered_at IS NOT NULL),
         (f.verified_at, 'verified', $1::uuid, 'Supervisión de inmuebles (demo)', 'Se verificó la corrección en la siguiente visita', f.verified_at IS NOT NULL),
         (LEAST(f.created_at + interval '6 days', now()), 'waived', NULL, 'Administración DGRM (demo)', f.waived_reason, f.status = 'waived'),
         (LEAST((f.due_on + 1)::timestamptz, now()), 'overdue', NULL, 'sistema', 'Venció el plazo del ' || to_char(f.due_on, 'DD/MM/YYYY') || ' sin respuesta', f.status = 'overdue')
       ) AS e(at, kind, user_id, user_name, text, wanted)
      WHERE e.wanted`,
    [inspector],
  );
  await q(
    `INSERT INTO compliance_folio_counters (prefix, building_id, year, last_number)
     SELECT 'SUP', building_id, extract(year FROM planned_on), count(*) FROM inspections GROUP BY 2, 3
     UNION ALL
     SELECT 'HAL', f.building_id, extract(year FROM i.performed_on), count(*) FROM findings f JOIN inspections i ON i.id = f.inspection_id GROUP BY 2, 3`,
  );

  // The current month: drawn by the engine, left as a draft for the inspector.
  const candidates = await loadCandidates(manager, current);
  const seed = 20150619;
  const [{ id }] = await q<{ id: string }[]>(
    `INSERT INTO supervision_plans (period, seed, sample_size, coverage_months, candidates) VALUES ($1, $2, $3, 6, $4) RETURNING id`,
    [current, seed, sampleSize, candidates.length],
  );
  await replaceEntries(manager, id, draw(candidates, { period: current, seed, sampleSize, coverageMonths: 6 }));
}
