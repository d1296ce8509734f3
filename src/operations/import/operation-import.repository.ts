import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { scopeOf } from '../../common/scope';
import { type Queryable, SqlParams } from '../../common/sql-params';
import { type Column, COLUMNS } from './operation-csv';

export interface ImportError {
  line: number;
  field: string;
  message: string;
}

export interface ImportSummary {
  days: number;
  buildings: number;
  from: string | null;
  to: string | null;
  replaced: number;
}

/** dd/mm/aaaa for messages. */
const dmy = (expr: string) => `to_char(${expr}, 'DD/MM/YYYY')`;

/**
 * Every check on a typed row: the field, when it fails (SQL on op_import_rows' columns; NULL counts
 * as passing) and the message (SQL). One list feeds both the row's `bad` flag and the report.
 */
const CHECKS: { field: Column; when: string; message: string }[] = [
  { field: 'building', when: `building = ''`, message: `'Indique la clave del inmueble'` },
  { field: 'building', when: `building <> '' AND building_id IS NULL`, message: `'No existe el inmueble «' || building || '»'` },
  { field: 'building', when: `building_id IS NOT NULL AND NOT in_scope`, message: `'El inmueble «' || building || '» no está a su cargo'` },
  { field: 'date', when: `day IS NULL`, message: `'Fecha no válida «' || date_text || '»: use AAAA-MM-DD o dd/mm/aaaa'` },
  { field: 'date', when: `day > $1::date`, message: `'La fecha es futura'` },
  { field: 'date', when: `day < DATE '2000-01-01'`, message: `'La bitácora empieza el 01/01/2000'` },
  { field: 'date', when: `day >= DATE '2000-01-01' AND day < opened_on`, message: `'La fecha es anterior a la apertura del inmueble (' || ${dmy('opened_on')} || ')'` },
  { field: 'agency', when: `agency <> '' AND agency_id IS NULL`, message: `'No existe una unidad usuaria con la sigla «' || agency || '»'` },
  { field: 'agency', when: `active_count > 1`, message: `'La sigla «' || agency || '» corresponde a varias unidades usuarias activas'` },
  { field: 'agency', when: `agency = '' AND day_status = 'open'`, message: `'Indique la sigla de la unidad usuaria'` },
  { field: 'agency', when: `line > first_line`, message: `'Fila repetida: la línea ' || first_line || ' ya tiene ese inmueble, fecha y unidad usuaria'` },
  {
    field: 'visitors', when: `visitors IS NULL`,
    message: `CASE WHEN visitors_text ~ '^-\\d+$' THEN 'No puede ser negativo' WHEN visitors_text ~ '^\\d+$' THEN 'Es demasiado grande' ELSE 'Debe ser un número entero' END`,
  },
  { field: 'visitors', when: `day_status = 'open' AND visitors_text = ''`, message: `'Indique los visitantes'` },
  { field: 'visitors', when: `day_status = 'closed' AND (coalesce(visitors, 0) > 0 OR coalesce(procedures, 0) > 0)`, message: `'Un día cerrado no lleva visitantes ni trámites'` },
  {
    field: 'procedures', when: `procedures IS NULL`,
    message: `CASE WHEN procedures_text ~ '^-\\d+$' THEN 'No puede ser negativo' WHEN procedures_text ~ '^\\d+$' THEN 'Es demasiado grande' ELSE 'Debe ser un número entero' END`,
  },
  { field: 'procedures', when: `day_status = 'open' AND procedures_text = ''`, message: `'Indique los trámites'` },
  { field: 'status', when: `day_status IS NULL`, message: `'Debe ser open o closed (abierto o cerrado)'` },
  { field: 'status', when: `day_status <> first_status`, message: `'El día aparece abierto y cerrado en el archivo (véase la línea ' || first_status_line || ')'` },
  { field: 'closed_reason', when: `day_status = 'closed' AND reason IS NULL`, message: `'Indique el motivo del cierre'` },
];

/** A cell of 1–7 digits as an integer, '' as 0, anything else NULL; without a regular expression (they cost ~10 µs a row). */
const integer = (cell: string) =>
  `CASE WHEN ${cell} = '' THEN 0 WHEN length(${cell}) <= 7 AND translate(${cell}, '0123456789', '') = '' THEN ${cell}::int END`;

/** The staging table's cell columns: c1…cN, one per header cell. */
export const stagingColumns = (width: number) => Array.from({ length: width }, (_, i) => `c${i + 1}`);

/**
 * The import's statements, all set-based: the file lands in a temporary staging table (COPY, or
 * batched inserts on the embedded database), is typed and checked in one statement (every problem
 * of every row, by line), and replaces the days it names in a handful of statements.
 */
@Injectable()
export class OperationImportRepository {
  /** A staging table of text cells, as wide as the header. */
  async createStaging(tx: Queryable, width: number): Promise<void> {
    await tx.query(`DROP TABLE IF EXISTS op_import_raw`);
    await tx.query(`DROP TABLE IF EXISTS op_import_rows`);
    await tx.query(`DROP TABLE IF EXISTS op_import_days`);
    await tx.query(`DROP TABLE IF EXISTS op_import_diff`);
    await tx.query(`DROP TABLE IF EXISTS building_codes`);
    await tx.query(`DROP TABLE IF EXISTS agency_codes`);
    await tx.query(`CREATE TEMP TABLE op_import_raw (line int NOT NULL, ${stagingColumns(width).map((c) => `${c} text`).join(', ')}) ON COMMIT DROP`);
  }

  /** The COPY statement that fills the staging table from CSV text whose records start with their line. */
  copyStatement(width: number, delimiter: string): string {
    const cells = stagingColumns(width);
    return `COPY op_import_raw (line, ${cells.join(', ')}) FROM STDIN WITH (FORMAT csv, DELIMITER '${delimiter === ';' ? ';' : ','}', FORCE_NOT_NULL (${cells.join(', ')}))`;
  }

  /** Batched staging (the embedded database has no COPY FROM STDIN): a line array and one array per cell. */
  async stage(tx: Queryable, lines: number[], cells: string[][]): Promise<void> {
    const arrays = cells.map((_, i) => `$${i + 2}::text[]`);
    await tx.query(`INSERT INTO op_import_raw SELECT * FROM unnest($1::int[], ${arrays.join(', ')})`, [lines, ...cells]);
  }

  /**
   * Types every staged row in one scan: the ids it names (null when unknown) and its values (null
   * when malformed). Set-based and unsorted; the checks come after, in `validate`.
   */
  async typeRows(tx: Queryable, actor: Actor, columns: number[]): Promise<void> {
    const scope = new SqlParams();
    const inScope = scopeOf(actor, scope, { building: 'b.id' }).join(' AND ') || 'true';
    const cell = (name: Column) => {
      const index = columns[COLUMNS.indexOf(name)];
      return index < 0 ? `''` : `btrim(x.c${index + 1})`;
    };
    // A million rows sort in memory; compiling these short expressions costs more than it saves.
    await tx.query(`SET LOCAL work_mem = '256MB'`);
    await tx.query(`SET LOCAL jit = off`);
    // The file's few distinct codes, each matched once without case (upper() on every row is what cost seconds).
    const text = (name: Column) => columns[COLUMNS.indexOf(name)];
    await tx.query(
      `CREATE TEMP TABLE building_codes ON COMMIT DROP AS
       SELECT f.code, b.id, b.opened_on FROM (SELECT DISTINCT btrim(c${text('building') + 1}) AS code FROM op_import_raw) f
         JOIN buildings b ON upper(b.code) = upper(f.code)`,
    );
    await tx.query(
      `CREATE TEMP TABLE agency_codes ON COMMIT DROP AS
       WITH acronyms AS (
         SELECT upper(acronym) AS acronym, (array_agg(id ORDER BY active DESC, name))[1] AS id, count(*) FILTER (WHERE active) AS active_count
           FROM agencies GROUP BY upper(acronym)
       )
       SELECT f.acronym, a.id, a.active_count FROM (SELECT DISTINCT btrim(c${text('agency') + 1}) AS acronym FROM op_import_raw) f
         JOIN acronyms a ON a.acronym = upper(f.acronym)`,
    );
    await tx.query(`ANALYZE building_codes`);
    await tx.query(`ANALYZE agency_codes`);
    await tx.query(
      `CREATE TEMP TABLE op_import_rows ON COMMIT DROP AS
       WITH cells AS (
         SELECT x.line, ${cell('building')} AS building, ${cell('date')} AS date, ${cell('agency')} AS agency, ${cell('visitors')} AS visitors,
                ${cell('procedures')} AS procedures, ${cell('status')} AS status, ${cell('closed_reason')} AS reason
           FROM op_import_raw x
       ), shaped AS (
         SELECT r.*, translate(r.date, '0123456789', '') AS shape FROM cells r OFFSET 0 -- evaluated once per row, not once per use
       ), kinds AS (
         SELECT r.*,
           CASE WHEN r.shape = '--' AND length(split_part(r.date, '-', 1)) = 4 AND length(split_part(r.date, '-', 2)) IN (1, 2)
                     AND length(split_part(r.date, '-', 3)) IN (1, 2) THEN 'iso'
                WHEN r.shape = '//' AND length(split_part(r.date, '/', 3)) = 4 AND length(split_part(r.date, '/', 2)) IN (1, 2)
                     AND length(split_part(r.date, '/', 1)) IN (1, 2) THEN 'dmy' END AS kind
           FROM shaped r OFFSET 0
       ), parts AS (
         SELECT r.*,
           CASE r.kind WHEN 'iso' THEN split_part(r.date, '-', 1)::int WHEN 'dmy' THEN split_part(r.date, '/', 3)::int END AS y,
           CASE r.kind WHEN 'iso' THEN split_part(r.date, '-', 2)::int WHEN 'dmy' THEN split_part(r.date, '/', 2)::int END AS m,
           CASE r.kind WHEN 'iso' THEN split_part(r.date, '-', 3)::int WHEN 'dmy' THEN split_part(r.date, '/', 1)::int END AS d,
           CASE lower(r.status) WHEN '' THEN 'open' WHEN 'open' THEN 'open' WHEN 'abierto' THEN 'open'
                WHEN 'closed' THEN 'closed' WHEN 'cerrado' THEN 'closed' END AS day_status
           FROM kinds r OFFSET 0
       )
       SELECT p.line, p.building, p.date AS date_text, p.agency, p.visitors AS visitors_text, p.procedures AS procedures_text, p.status,
              nullif(p.reason, '') AS reason, p.day_status,
              b.id AS building_id, b.opened_on, (${inScope}) AS in_scope,
              a.id AS agency_id, a.active_count,
              CASE WHEN p.y BETWEEN 1900 AND 2199 AND p.m BETWEEN 1 AND 12 AND p.d >= 1
                        AND p.d <= extract(day FROM make_date(p.y, p.m, 1) + interval '1 month' - interval '1 day')
                   THEN make_date(p.y, p.m, p.d) END AS day,
              ${integer('p.visitors')} AS visitors,
              ${integer('p.procedures')} AS procedures
         FROM parts p
         LEFT JOIN building_codes b ON b.code = p.building
         LEFT JOIN agency_codes a ON a.acronym = p.agency`,
      scope.values,
    );
    await tx.query(`ANALYZE op_import_rows`);
  }

  /**
   * Every problem of every row, by line, in one statement: the two checks across rows (a repeated
   * agency, a day both open and closed) from one sort of narrow tuples by (building, day, agency),
   * then one pass applying CHECKS; at most `limit`, with the total.
   */
  async validate(tx: Queryable, today: string, limit: number): Promise<{ errors: ImportError[]; total: number }> {
    const bad = CHECKS.map((c) => `coalesce(${c.when}, false)`).join('\n OR ');
    const checks = CHECKS.map((c) => `('${c.field}', CASE WHEN ${c.when} THEN ${c.message} END)`).join(',\n ');
    const rows = await tx.query<(ImportError & { total: number })[]>(
      `WITH across AS (
         SELECT w.line, CASE WHEN w.line > w.first_line THEN w.first_line END AS first_line, w.first_open, w.first_closed
           FROM (SELECT r.line,
                        min(r.line) OVER (PARTITION BY r.building_id, r.day, r.agency_id, CASE WHEN r.agency_id IS NULL THEN upper(r.agency) COLLATE "C" END) AS first_line,
                        min(r.line) FILTER (WHERE r.day_status = 'open') OVER (PARTITION BY r.building_id, r.day) AS first_open,
                        min(r.line) FILTER (WHERE r.day_status = 'closed') OVER (PARTITION BY r.building_id, r.day) AS first_closed
                   FROM op_import_rows r WHERE r.building_id IS NOT NULL AND r.day IS NOT NULL) w -- sorts narrow tuples only
          WHERE w.line > w.first_line OR (w.first_open IS NOT NULL AND w.first_closed IS NOT NULL)
       ), flagged AS (
         SELECT r.*, x.first_line,
                CASE WHEN x.first_open < x.first_closed THEN 'open' WHEN x.first_closed < x.first_open THEN 'closed' END AS first_status,
                least(x.first_open, x.first_closed) AS first_status_line
           FROM op_import_rows r LEFT JOIN across x ON x.line = r.line
       )
       SELECT r.line, e.field, e.message, count(*) OVER ()::int AS total
         FROM (SELECT * FROM flagged WHERE ${bad}) r
         CROSS JOIN LATERAL (VALUES ${checks}) AS e(field, message)
        WHERE e.message IS NOT NULL
        ORDER BY r.line, e.field LIMIT $2`,
      [today, limit],
    );
    return { errors: rows.map(({ line, field, message }) => ({ line, field, message })), total: rows[0]?.total ?? 0 };
  }

  /** The days the file names, one row each, with its totals; and what the import will do. */
  async summarize(tx: Queryable): Promise<ImportSummary> {
    await tx.query(
      `CREATE TEMP TABLE op_import_days ON COMMIT DROP AS
       SELECT building_id, day, min(day_status) AS status, -- one status a day: validate refused a day both open and closed
              NULL::text AS reason, sum(visitors)::int AS visitors, sum(procedures)::int AS procedures
         FROM op_import_rows GROUP BY building_id, day`,
    ); // (no ordered aggregate above: it would sort every row instead of hashing)
    // The first reason given for a day, sorting only the rows that give one.
    await tx.query(
      `UPDATE op_import_days d SET reason = r.reason
         FROM (SELECT DISTINCT ON (building_id, day) building_id, day, reason FROM op_import_rows WHERE reason IS NOT NULL ORDER BY building_id, day, line) r
        WHERE d.building_id = r.building_id AND d.day = r.day`,
    );
    await tx.query(`ALTER TABLE op_import_days ADD PRIMARY KEY (building_id, day)`);
    await tx.query(`ANALYZE op_import_days`);
    const [row] = await tx.query<ImportSummary[]>(
      `SELECT count(*)::int AS days, count(DISTINCT building_id)::int AS buildings, min(day) AS "from", max(day) AS "to",
              (SELECT count(*)::int FROM operation_days od JOIN op_import_days d ON od.building_id = d.building_id AND od.date = d.day) AS replaced
         FROM op_import_days`,
    );
    return row;
  }

  /**
   * Replaces every day the file names: the day rows, their counts, and the months' rollup. The old
   * counts of those days are read once (by day, through the primary key) and compared with the
   * file's: only differences are written (a re-import of the same file writes no count), updated in
   * place by row address, and the rollup moves by the difference (it also holds demo months that
   * have no daily counts). Writers of the log wait for the few seconds this takes.
   */
  async write(tx: Queryable): Promise<number> {
    await tx.query(`LOCK TABLE operation_days, operation_counts IN SHARE ROW EXCLUSIVE MODE`);
    await tx.query(
      `INSERT INTO operation_days (building_id, date, status, closed_reason, visitors, procedures)
       SELECT building_id, day, status, CASE WHEN status = 'closed' THEN reason END, visitors, procedures FROM op_import_days ORDER BY building_id, day
       ON CONFLICT (building_id, date) DO UPDATE SET status = EXCLUDED.status, closed_reason = EXCLUDED.closed_reason,
         visitors = EXCLUDED.visitors, procedures = EXCLUDED.procedures, source = 'manual', updated_at = now()
       WHERE (operation_days.status, operation_days.closed_reason, operation_days.visitors, operation_days.procedures, operation_days.source)
             IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.closed_reason, EXCLUDED.visitors, EXCLUDED.procedures, 'manual')`,
    );
    await tx.query(
      `CREATE TEMP TABLE op_import_diff ON COMMIT DROP AS
       SELECT coalesce(n.building_id, o.building_id) AS building_id, coalesce(n.date, o.date) AS date, coalesce(n.agency_id, o.agency_id) AS agency_id,
              o.address, o.visitors AS old_visitors, o.procedures AS old_procedures, n.visitors, n.procedures
         FROM (SELECT c.ctid AS address, c.building_id, c.date, c.agency_id, c.visitors, c.procedures
                 FROM op_import_days d JOIN operation_counts c ON c.building_id = d.building_id AND c.date = d.day) o
         FULL JOIN (SELECT building_id, day AS date, agency_id, visitors, procedures FROM op_import_rows WHERE day_status = 'open' AND agency_id IS NOT NULL) n
           ON n.building_id = o.building_id AND n.date = o.date AND n.agency_id = o.agency_id
        WHERE o.address IS NULL OR n.building_id IS NULL OR o.visitors <> n.visitors OR o.procedures <> n.procedures`,
    );
    await tx.query(`ANALYZE op_import_diff`);
    await tx.query(`DELETE FROM operation_counts c USING op_import_diff x WHERE x.visitors IS NULL AND c.ctid = x.address`);
    await tx.query(
      `UPDATE operation_counts c SET visitors = x.visitors, procedures = x.procedures
         FROM op_import_diff x WHERE x.address IS NOT NULL AND x.visitors IS NOT NULL AND c.ctid = x.address`,
    );
    await tx.query(
      `INSERT INTO operation_counts (building_id, date, agency_id, visitors, procedures)
       SELECT building_id, date, agency_id, visitors, procedures FROM op_import_diff WHERE address IS NULL ORDER BY building_id, date, agency_id`,
    );
    await tx.query(
      `INSERT INTO operation_monthly AS m (building_id, month, agency_id, visitors, procedures)
       SELECT building_id, date_trunc('month', date)::date, agency_id,
              sum(coalesce(visitors, 0) - coalesce(old_visitors, 0)), sum(coalesce(procedures, 0) - coalesce(old_procedures, 0))
         FROM op_import_diff GROUP BY 1, 2, 3
       ON CONFLICT (building_id, month, agency_id) DO UPDATE SET visitors = m.visitors + EXCLUDED.visitors, procedures = m.procedures + EXCLUDED.procedures`,
    );
    // An agency whose last count of a month went away leaves the month's rollup.
    await tx.query(
      `DELETE FROM operation_monthly m
        USING (SELECT DISTINCT building_id, date_trunc('month', date)::date AS month, agency_id FROM op_import_diff WHERE visitors IS NULL) g
        WHERE m.building_id = g.building_id AND m.month = g.month AND m.agency_id = g.agency_id
          AND NOT EXISTS (SELECT 1 FROM operation_counts c WHERE c.building_id = g.building_id AND c.agency_id = g.agency_id
                            AND c.date >= g.month AND c.date < (g.month + interval '1 month')::date)`,
    );
    const [{ n }] = await tx.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM op_import_rows WHERE day_status = 'open' AND agency_id IS NOT NULL`);
    return n;
  }
}
