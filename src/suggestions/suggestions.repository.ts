import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import { CATEGORIES, PRIORITIES, STATUSES, type SuggestionStatus } from './dto/suggestion.dto';

/** The hour submissions are counted in. */
export interface CountWindow {
  hour: string;
  retryAfter: number;
}

export interface Suggestion {
  id: string;
  folio: string;
  buildingId: string;
  status: SuggestionStatus;
  answer: string | null;
  [field: string]: unknown;
}

const SELECT = `s.id, s.folio, s.building_id AS "buildingId", b.code AS "buildingCode", b.name AS "buildingName",
  s.agency_id AS "agencyId", g.acronym AS "agencyAcronym", g.name AS "agencyName", s.category, s.rating, s.text, s.status, s.priority,
  s.answer, s.answered_on AS "answeredOn", s.answered_by AS "answeredBy", u.username AS "answeredByUsername",
  s.closed_on AS "closedOn", s.created_on AS "createdOn"`;
const JOINS = `JOIN buildings b ON b.id = s.building_id LEFT JOIN agencies g ON g.id = s.agency_id LEFT JOIN users u ON u.id = s.answered_by`;

const spec: ListSpec = {
  from: 'suggestions s',
  select: SELECT,
  pageJoins: JOINS,
  filters: {
    id: { expr: 's.id', type: 'uuid' },
    buildingId: { expr: 's.building_id', type: 'uuid' },
    agencyId: { expr: 's.agency_id', type: 'uuid' },
    category: { expr: 's.category', type: 'text', values: CATEGORIES },
    status: { expr: 's.status', type: 'text', values: STATUSES },
    priority: { expr: 's.priority', type: 'text', values: PRIORITIES },
    rating: { expr: 's.rating', type: 'int', range: true },
    createdOn: { expr: 's.created_on', type: 'date', range: true },
  },
  search: `csa_fold(s.folio || ' ' || s.text)`,
  sorts: {
    createdOn: 's.created_on', status: 's.status', priority: `array_position(ARRAY['high','normal','low']::text[], s.priority::text)`,
    rating: 's.rating', category: 's.category', folio: 's.folio', answeredOn: 's.answered_on',
    buildingId: '(SELECT b2.code FROM buildings b2 WHERE b2.id = s.building_id)',
  },
  defaultSort: { field: 'createdOn', order: 'DESC' },
  tieBreaker: 's.id',
};

@Injectable()
export class SuggestionsRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<Suggestion>> {
    const p = new SqlParams();
    return runList(this.read, spec, params, p, scopeOf(actor, p, { building: 's.building_id' }));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<Suggestion | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Suggestion[]>(selectSql(spec, [`s.id = ${p.add(id)}`, ...scopeOf(actor, p, { building: 's.building_id' })], p), p.values);
    return rows[0];
  }

  /** What the citizen may read back with the folio: no text of others, no staff names. */
  async byFolio(folio: string) {
    const rows = await this.read.query<unknown[]>(
      `SELECT s.folio, b.name AS "buildingName", s.category, s.status, s.created_on AS "createdOn", s.answer,
              s.answered_on AS "answeredOn"
         FROM suggestions s JOIN buildings b ON b.id = s.building_id WHERE s.folio = $1`,
      [folio],
    );
    return rows[0];
  }

  async building(tx: Queryable, code: string): Promise<{ id: string; name: string } | undefined> {
    const rows = await tx.query<{ id: string; name: string }[]>(`SELECT id, name FROM buildings WHERE upper(code) = upper($1) AND active`, [code]);
    return rows[0];
  }

  async agencyExists(tx: Queryable, id: string): Promise<boolean> {
    const rows = await tx.query<unknown[]>(`SELECT 1 FROM agencies WHERE id = $1 AND active`, [id]);
    return rows.length > 0;
  }

  /** Inserts with a fresh folio; on the (astronomically unlikely) collision, tries another. */
  async insertPublic(tx: Queryable, row: { folio: string; buildingId: string; agencyId: string | null; category: string; rating: number; text: string; createdOn: string }) {
    const rows = await tx.query<{ folio: string; createdOn: string }[]>(
      `INSERT INTO suggestions (folio, building_id, agency_id, category, rating, text, created_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (folio) DO NOTHING
       RETURNING folio, created_on AS "createdOn"`,
      [row.folio, row.buildingId, row.agencyId, row.category, row.rating, row.text, row.createdOn],
    );
    return rows[0];
  }

  /** Answers and closings are dated by the day (`on`), never by the instant. */
  async update(tx: Queryable, id: string, fields: { status: string; priority: string; answer: string | null; answeredBy: string | null; answeredNow: boolean; closedNow: boolean; reopened: boolean; on: string }) {
    await tx.query(
      `UPDATE suggestions SET status = $2, priority = $3, answer = $4,
         answered_on = CASE WHEN $6::boolean THEN $9::date ELSE answered_on END,
         answered_by = CASE WHEN $6::boolean THEN $5::uuid ELSE answered_by END,
         closed_on = CASE WHEN $7::boolean THEN $9::date WHEN $8::boolean THEN NULL ELSE closed_on END
       WHERE id = $1`,
      [id, fields.status, fields.priority, fields.answer, fields.answeredBy, fields.answeredNow, fields.closedNow, fields.reopened, fields.on],
    );
  }

  /**
   * Deletes the counts of hours that have ended (rows another submission is deleting are skipped,
   * never waited for) and names the current hour by the database's clock: the hour number since
   * the epoch, and the seconds until it ends.
   */
  async countWindow(db: Queryable): Promise<CountWindow> {
    const rows = await db.query<CountWindow[]>(
      `WITH now AS (SELECT floor(extract(epoch FROM now()) / 3600)::bigint AS hour, extract(epoch FROM now()) AS epoch),
            ended AS (
              DELETE FROM suggestion_counts WHERE key IN (
                SELECT c.key FROM suggestion_counts c, now WHERE c.window_start < to_timestamp(now.hour * 3600) FOR UPDATE OF c SKIP LOCKED))
       SELECT hour::text AS hour, greatest(1, ceil((hour + 1) * 3600 - epoch))::int AS "retryAfter" FROM now`,
    );
    return rows[0];
  }

  /** One more submission under `key` in `hour`, unless it already has `limit`: true when counted. */
  async countSubmission(tx: Queryable, key: Buffer, hour: string, limit: number): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `INSERT INTO suggestion_counts AS c (key, window_start, count) VALUES ($1, to_timestamp($2::bigint * 3600), 1)
       ON CONFLICT (key) DO UPDATE SET count = c.count + 1 WHERE c.count < $3
       RETURNING c.count`,
      [key, hour, limit],
    );
    return rows.length > 0;
  }

  stats(actor: Actor, groupBy: string, from: string, to: string, buildingId?: string) {
    const p = new SqlParams();
    const where = [`s.created_on >= ${p.add(`${from}-01`)}::date`, `s.created_on < (${p.add(`${to}-01`)}::date + interval '1 month')`, ...scopeOf(actor, p, { building: 's.building_id' })];
    if (buildingId) where.push(`s.building_id = ${p.add(buildingId)}::uuid`);
    const group = {
      building: { key: 's.building_id::text', label: 'min(b.name)', join: 'JOIN buildings b ON b.id = s.building_id', order: 'label' },
      agency: { key: `COALESCE(s.agency_id::text, '')`, label: `COALESCE(min(g.acronym || ' — ' || g.name), 'Sin unidad usuaria')`, join: 'LEFT JOIN agencies g ON g.id = s.agency_id', order: 'label' },
      category: { key: 's.category', label: 's.category', join: '', order: 'key' },
      month: { key: `to_char(s.created_on, 'YYYY-MM')`, label: `to_char(s.created_on, 'YYYY-MM')`, join: '', order: 'key' },
    }[groupBy]!;
    const measures = `count(*)::int AS count, round(avg(s.rating), 2)::float8 AS "averageRating",
      count(*) FILTER (WHERE s.status IN ('new','in_review'))::int AS open,
      count(*) FILTER (WHERE s.status = 'answered')::int AS answered, count(*) FILTER (WHERE s.status = 'closed')::int AS closed`;
    return Promise.all([
      this.read.query<Record<string, unknown>[]>(
        `SELECT ${group.key} AS key, ${group.label} AS label, ${measures} FROM suggestions s ${group.join}
          WHERE ${where.join(' AND ')} GROUP BY ${group.key}${groupBy === 'category' || groupBy === 'month' ? `, ${group.label}` : ''} ORDER BY ${group.order}`,
        p.values,
      ),
      this.read.query<Record<string, unknown>[]>(`SELECT ${measures} FROM suggestions s WHERE ${where.join(' AND ')}`, p.values),
    ]);
  }
}
