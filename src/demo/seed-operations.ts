import type { EntityManager } from 'typeorm';
import { nonWorkingDays } from '../calendar/calendar.service';
import { addDays, datesOf, easterSunday } from '../calendar/holidays';
import { newFolio } from '../suggestions/folio';
import { DEMO_PROCEDURES } from './demo-procedures';

/**
 * Operations demo data: the Estado de México's declared non-working days, the procedures
 * catalogue, and a daily log per building and agency from January 2011 to yesterday whose totals
 * reproduce the published figures exactly (5,855,713 procedures in 2011, 5,162,179 in 2018,
 * 43,926,611 visitors from September 2011 to December 2018); every other figure is illustrative.
 * The spread over buildings, months, days and agencies is generated in SQL, rounded by largest
 * remainder so that each published total is met to the unit.
 */

export const FIRST_YEAR = 2011;

/** Published figures, and plausible ones (marked illustrative) for the other years. */
export const PROCEDURES_BY_YEAR: Record<number, number> = {
  2011: 5_855_713, 2012: 4_480_000, 2013: 4_350_000, 2014: 4_210_000, 2015: 3_990_000, 2016: 3_870_000, 2017: 4_050_000,
  2018: 5_162_179, 2019: 5_240_000, 2020: 2_980_000, 2021: 3_860_000, 2022: 4_610_000, 2023: 4_950_000, 2024: 5_120_000,
  2025: 5_270_000, 2026: 5_310_000,
};
export const VISITORS_SEP2011_DEC2018 = 43_926_611;
const VISITORS_JAN_AUG_2011 = 3_940_000;
const VISITORS_BY_YEAR: Record<number, number> = {
  2019: 6_350_000, 2020: 3_600_000, 2021: 4_700_000, 2022: 5_600_000, 2023: 6_000_000, 2024: 6_200_000, 2025: 6_380_000, 2026: 6_420_000,
};
/** Relative daily visitors per year inside the published September 2011 – December 2018 span. */
const VISITOR_YEAR_SHAPE: Record<number, number> = { 2011: 1.05, 2012: 1, 2013: 0.98, 2014: 0.96, 2015: 0.93, 2016: 0.93, 2017: 0.97, 2018: 1.1 };
/** The segment code of the published visitors' span; Jan–Aug 2011 is segment 2010. */
const PUBLISHED_SPAN = 1;

export function declaredDays(firstYear: number, lastYear: number) {
  const days: { date: string; kind: 'state_holiday' | 'non_working'; name: string }[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const easter = easterSunday(y);
    days.push(
      { date: `${y}-03-02`, kind: 'state_holiday', name: 'Aniversario de la erección del Estado de México' },
      { date: addDays(easter, -3), kind: 'state_holiday', name: 'Jueves Santo' },
      { date: addDays(easter, -2), kind: 'state_holiday', name: 'Viernes Santo' },
      { date: `${y}-11-02`, kind: 'non_working', name: 'Día de Muertos' },
      { date: `${y}-12-12`, kind: 'non_working', name: 'Día de la Virgen de Guadalupe' },
    );
  }
  return days;
}

/** Segment totals: procedures per year, visitors per year except the published span; the current year prorated. */
export function targets(today: string, nonWorking: Set<string>) {
  const yesterday = addDays(today, -1);
  const lastYear = Number(yesterday.slice(0, 4));
  const share = (y: number) => {
    if (y < lastYear) return 1;
    const all = datesOf(y).filter((d) => !nonWorking.has(d));
    return all.filter((d) => d <= yesterday).length / all.length;
  };
  const procedures: [number, number][] = [];
  const visitors: [number, number][] = [[2010, VISITORS_JAN_AUG_2011], [PUBLISHED_SPAN, VISITORS_SEP2011_DEC2018]];
  for (let y = FIRST_YEAR; y <= lastYear; y++) {
    const p = PROCEDURES_BY_YEAR[y] ?? PROCEDURES_BY_YEAR[2026];
    procedures.push([y, Math.round(p * share(y))]);
    if (y >= 2019) visitors.push([y, Math.round((VISITORS_BY_YEAR[y] ?? VISITORS_BY_YEAR[2026]) * share(y))]);
  }
  return { procedures, visitors, yesterday };
}

const CLOSURE_REASONS = [
  'Falla en el suministro de energía eléctrica', 'Fumigación programada del inmueble', 'Simulacro y revisión de protección civil',
  'Mantenimiento del sistema hidráulico', 'Corte de agua en la zona',
];

/** Each cell's integer share of its segment's total: floors, then one unit more for the largest remainders. */
function largestRemainder(weight: 'wp' | 'wv', segment: 'seg_p' | 'seg_v'): string {
  return `SELECT building_id, month, agency_id, base + (rn <= leftover)::int AS value FROM (
      SELECT c.building_id, c.month, c.agency_id, c.base,
             row_number() OVER (PARTITION BY c.seg ORDER BY c.exact - c.base DESC, c.building_id, c.month, c.agency_id) AS rn,
             c.total - sum(c.base) OVER (PARTITION BY c.seg) AS leftover
        FROM (SELECT x.*, floor(x.exact)::bigint AS base FROM (
                SELECT c.building_id, c.month, c.agency_id, c.${segment} AS seg, t.total,
                       t.total * c.${weight} / sum(c.${weight}) OVER (PARTITION BY c.${segment}) AS exact
                  FROM demo_cells c JOIN demo_targets_${weight} t ON t.seg = c.${segment}) x) c) s`;
}

export async function seedOperations(manager: EntityManager, today: string): Promise<void> {
  const q = <T = unknown>(sql: string, params?: unknown[]) => manager.query<T>(sql, params);
  const lastYear = Number(today.slice(0, 4));

  const declared = declaredDays(FIRST_YEAR, lastYear + 1);
  await q(
    `INSERT INTO calendar_days (date, kind, name, notes)
     SELECT d, k, n, 'Día no laborable del Gobierno del Estado de México (datos de demostración).' FROM unnest($1::date[], $2::text[], $3::text[]) AS t(d, k, n)
     ON CONFLICT (date) DO NOTHING`,
    [declared.map((d) => d.date), declared.map((d) => d.kind), declared.map((d) => d.name)],
  );

  const catalogue = Object.entries(DEMO_PROCEDURES).flatMap(([acronym, list]) => list.map((p) => [acronym, ...p] as const));
  await q(
    `INSERT INTO procedures (agency_id, name, description, requirements, keywords)
     SELECT g.id, t.name, t.description, t.requirements, t.keywords
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(acronym, name, description, requirements, keywords)
       JOIN agencies g ON (t.acronym = 'TM-' AND g.acronym LIKE 'TM-%') OR g.acronym = t.acronym
     ON CONFLICT DO NOTHING`,
    [catalogue.map((c) => c[0]), catalogue.map((c) => c[1]), catalogue.map((c) => c[2]), catalogue.map((c) => c[3]), catalogue.map((c) => c[4])],
  );

  const nonWorking = new Set<string>();
  for (let y = FIRST_YEAR; y <= lastYear; y++) for (const d of nonWorkingDays(y, declared)) nonWorking.add(d.date);
  const { procedures, visitors, yesterday } = targets(today, nonWorking);

  // Building-days: every working day from 2011 (or the opening) to yesterday; a few closed, with reasons.
  await q(
    `CREATE TEMP TABLE demo_days ON COMMIT DROP AS
     SELECT b.id AS building_id, d::date AS date, date_trunc('month', d)::date AS month,
            CASE WHEN d::date BETWEEN DATE '2020-03-30' AND DATE '2020-04-30' THEN 'Suspensión de actividades por la contingencia sanitaria (COVID-19)'
                 WHEN abs(hashtext(b.code || d::date::text)) % 1000 < 3 THEN ($4::text[])[1 + abs(hashtext(d::date::text || b.code)) % 5] END AS closed_reason,
            0.8 + abs(hashtext(d::date::text || b.code)) % 400 / 1000.0 AS noise
       FROM buildings b, generate_series($1::date, $2::date, interval '1 day') AS d
      WHERE d::date <> ALL($3::date[]) AND d::date >= coalesce(b.opened_on, $1::date)`,
    [`${FIRST_YEAR}-01-01`, yesterday, [...nonWorking], CLOSURE_REASONS],
  );
  // The public agencies each building housed: from 2011 until their last agreement there ended.
  await q(
    `CREATE TEMP TABLE demo_roster ON COMMIT DROP AS
     SELECT a.building_id, a.agency_id, max(coalesce(a.terminated_on, a.end_date)) AS last_day,
            (0.4 + (abs(hashtext(a.building_id::text || a.agency_id::text)) % 1000) / 800.0) * min(b.gross_area_m2)::float8 AS weight
       FROM agreements a JOIN agencies g ON g.id = a.agency_id JOIN buildings b ON b.id = a.building_id
      WHERE a.status <> 'draft' AND g.level <> 'private'
      GROUP BY a.building_id, a.agency_id`,
  );
  // Temporary tables have no statistics: without them the planner picks nested loops.
  await q(`ANALYZE demo_days`);
  await q(`ANALYZE demo_roster`);
  // One cell per building, month and agency present the whole month: its weight is the month's open
  // days by the agency's size there, season and year; visitors and procedures get their own noise.
  const season = [1.35, 1.2, 1.1, 0.95, 0.95, 0.9, 0.85, 0.95, 0.95, 1, 0.95, 0.7];
  await q(
    `CREATE TEMP TABLE demo_cells ON COMMIT DROP AS
     SELECT x.building_id, x.month, r.agency_id,
            x.days * r.weight * ($1::float8[])[extract(month FROM x.month)::int] * (0.85 + abs(hashtext(r.agency_id::text || x.month::text)) % 300 / 1000.0) AS wp,
            x.days * r.weight * ($1::float8[])[extract(month FROM x.month)::int] * (0.85 + abs(hashtext(x.month::text || r.agency_id::text)) % 300 / 1000.0)
              * coalesce(($2::float8[])[extract(year FROM x.month)::int - ${FIRST_YEAR - 1}], 1) AS wv,
            extract(year FROM x.month)::int AS seg_p,
            CASE WHEN x.month < DATE '2011-09-01' THEN 2010 WHEN x.month <= DATE '2018-12-01' THEN ${PUBLISHED_SPAN} ELSE extract(year FROM x.month)::int END AS seg_v
       FROM (SELECT building_id, month, sum(noise) AS days FROM demo_days WHERE closed_reason IS NULL GROUP BY building_id, month) x
       JOIN demo_roster r ON r.building_id = x.building_id AND r.last_day >= (x.month + interval '1 month - 1 day')::date`,
    [season, Object.keys(VISITOR_YEAR_SHAPE).map(Number).sort().map((y) => VISITOR_YEAR_SHAPE[y])],
  );
  await q(`CREATE TEMP TABLE demo_targets_wp ON COMMIT DROP AS SELECT * FROM unnest($1::int[], $2::bigint[]) AS t(seg, total)`, [procedures.map((t) => t[0]), procedures.map((t) => t[1])]);
  await q(`CREATE TEMP TABLE demo_targets_wv ON COMMIT DROP AS SELECT * FROM unnest($1::int[], $2::bigint[]) AS t(seg, total)`, [visitors.map((t) => t[0]), visitors.map((t) => t[1])]);
  // Largest remainder per segment: floors first, then one more unit to the largest remainders.
  await q(
    `INSERT INTO operation_monthly (building_id, month, agency_id, visitors, procedures)
     SELECT p.building_id, p.month, p.agency_id, v.value, p.value FROM (${largestRemainder('wp', 'seg_p')}) p JOIN (${largestRemainder('wv', 'seg_v')}) v
         ON v.building_id = p.building_id AND v.month = p.month AND v.agency_id = p.agency_id`,
  );
  // The last twelve months in full detail: each agency's month spread over its open days.
  const detailFrom = `${Number(yesterday.slice(0, 4)) - 1}-${yesterday.slice(5, 7)}-01`;
  await q(
    `CREATE TEMP TABLE demo_counts ON COMMIT DROP AS
     WITH shares AS (
       SELECT d.building_id, d.date, m.agency_id, m.visitors AS tv, m.procedures AS tp,
              m.visitors * d.noise / sum(d.noise) OVER g AS ev, m.procedures * d.noise / sum(d.noise) OVER g AS ep
         FROM operation_monthly m
         JOIN demo_days d ON d.building_id = m.building_id AND d.month = m.month AND d.closed_reason IS NULL
        WHERE m.month >= $1::date
       WINDOW g AS (PARTITION BY d.building_id, m.agency_id, d.month)
     ), floors AS (
       SELECT *, floor(ev) AS fv, floor(ep) AS fp, date_trunc('month', date) AS month FROM shares
     )
     SELECT building_id, date, agency_id,
            fv::int + (row_number() OVER (PARTITION BY building_id, agency_id, month ORDER BY ev - fv DESC, date) <= tv - sum(fv) OVER k)::int AS visitors,
            fp::int + (row_number() OVER (PARTITION BY building_id, agency_id, month ORDER BY ep - fp DESC, date) <= tp - sum(fp) OVER k)::int AS procedures
       FROM floors
     WINDOW k AS (PARTITION BY building_id, agency_id, month)`,
    [detailFrom],
  );
  // Before that, each building's month spread over its open days as day totals (the agencies' share stays monthly).
  await q(
    `CREATE TEMP TABLE demo_totals ON COMMIT DROP AS
     WITH months AS (
       SELECT building_id, month, sum(visitors) AS visitors, sum(procedures) AS procedures FROM operation_monthly WHERE month < $1::date GROUP BY 1, 2
     ), shares AS (
       SELECT d.building_id, d.date, m.visitors * d.noise / sum(d.noise) OVER g AS ev, m.procedures * d.noise / sum(d.noise) OVER g AS ep,
              m.visitors AS tv, m.procedures AS tp
         FROM demo_days d JOIN months m ON m.building_id = d.building_id AND m.month = d.month
        WHERE d.closed_reason IS NULL
       WINDOW g AS (PARTITION BY d.building_id, d.month)
     ), rounded AS (
       SELECT building_id, date,
              floor(ev)::int + (row_number() OVER (PARTITION BY building_id, date_trunc('month', date) ORDER BY ev % 1 DESC, date)
                <= tv - sum(floor(ev)) OVER (PARTITION BY building_id, date_trunc('month', date)))::int AS v,
              floor(ep)::int + (row_number() OVER (PARTITION BY building_id, date_trunc('month', date) ORDER BY ep % 1 DESC, date)
                <= tp - sum(floor(ep)) OVER (PARTITION BY building_id, date_trunc('month', date)))::int AS p
         FROM shares
     )
     SELECT building_id, date, v, p FROM rounded
     UNION ALL SELECT building_id, date, sum(visitors)::int, sum(procedures)::int FROM demo_counts GROUP BY building_id, date`,
    [detailFrom],
  );
  await q(
    `INSERT INTO operation_days (building_id, date, status, closed_reason, visitors, procedures)
     SELECT d.building_id, d.date, CASE WHEN d.closed_reason IS NULL THEN 'open' ELSE 'closed' END, d.closed_reason, coalesce(t.v, 0), coalesce(t.p, 0)
       FROM demo_days d LEFT JOIN demo_totals t ON t.building_id = d.building_id AND t.date = d.date`,
  );
  await q(`INSERT INTO operation_counts (building_id, date, agency_id, visitors, procedures) SELECT building_id, date, agency_id, visitors, procedures FROM demo_counts`);
  await q(`INSERT INTO settings (key, value) VALUES ('operationsIllustrative', 'true'::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`);

  await seedSuggestions(manager, today);
}

const SUGGESTIONS: [category: string, rating: number, text: string, answer: string | null][] = [
  ['complaint', 2, 'La fila para el trámite de placas fue muy larga; sugiero abrir otra ventanilla en la mañana.', 'Gracias. A partir del próximo mes se abrirá una ventanilla adicional de 9:00 a 12:00 h.'],
  ['praise', 5, 'Excelente atención en el módulo del Registro Civil, muy amables y rápidos.', null],
  ['suggestion', 4, 'Sería útil tener más sillas en la sala de espera del segundo piso.', 'Se instalaron 20 sillas adicionales. Gracias por su sugerencia.'],
  ['question', 3, '¿Hasta qué hora se puede pagar el predial los sábados?', 'El CSA atiende de lunes a viernes; el pago en línea está disponible todos los días.'],
  ['complaint', 1, 'El elevador no funcionaba y tuve que subir con mi mamá por las escaleras.', null],
  ['suggestion', 4, 'Pongan señalización más clara para encontrar la oficina del SAT.', null],
  ['praise', 5, 'La orientación en la entrada me ayudó a encontrar rápido la ventanilla correcta.', null],
  ['other', 3, 'El estacionamiento se llena muy temprano, consideren convenios con estacionamientos cercanos.', null],
  ['complaint', 2, 'Los baños de planta baja no tenían papel ni jabón por la tarde.', 'Se reforzó la limpieza vespertina. Una disculpa por las molestias.'],
  ['question', 4, '¿En qué módulo puedo tramitar la constancia de situación fiscal?', 'En el módulo del SAT, planta baja, con cita previa.'],
];

async function seedSuggestions(manager: EntityManager, today: string): Promise<void> {
  const buildings = await manager.query<{ id: string; code: string }[]>(`SELECT id, code FROM buildings ORDER BY code`);
  const rows = buildings.flatMap((b, i) => SUGGESTIONS.slice(0, 3 + (i % 4)).map((s, j) => ({ building: b.id, s, days: 3 + ((i * 7 + j * 11) % 150) })));
  await manager.query(
    `INSERT INTO suggestions (folio, building_id, category, rating, text, status, answer, answered_on, created_on)
     SELECT t.folio, t.building_id, t.category, t.rating, t.text, CASE WHEN t.answer IS NULL THEN 'new' ELSE 'answered' END, t.answer,
            CASE WHEN t.answer IS NULL THEN NULL ELSE t.created_on + 2 END, t.created_on
       FROM unnest($1::text[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::text[], $7::date[])
            AS t(folio, building_id, category, rating, text, answer, created_on)`,
    [
      rows.map(() => newFolio()), rows.map((r) => r.building), rows.map((r) => r.s[0]), rows.map((r) => r.s[1]), rows.map((r) => r.s[2]),
      rows.map((r) => r.s[3]), rows.map((r) => addDays(today, -r.days)),
    ],
  );
}
