import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { today } from '../common/today';
import { invalid } from '../common/validation';
import { PoolReader } from '../database/pool-reader';
import { SEVERITIES } from '../regulations/dto/article.dto';
import { FINDING_STATUSES, type FindingStatus } from './dto/finding.dto';

export interface Finding {
  id: string;
  folio: string;
  buildingId: string;
  agencyId: string | null;
  status: FindingStatus;
  dueOn: string;
  [field: string]: unknown;
}

export interface FindingFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  storageKey?: string;
}

const OPEN_STATUSES = `('open','in_progress','answered','overdue')`;

const spec: ListSpec = {
  from: 'findings f',
  select: (p) => `f.id, f.folio, f.inspection_id AS "inspectionId", (SELECT i.folio FROM inspections i WHERE i.id = f.inspection_id) AS "inspectionFolio",
    f.result_id AS "resultId", f.building_id AS "buildingId", b.code AS "buildingCode", f.space_id AS "spaceId",
    (SELECT s.code FROM spaces s WHERE s.id = f.space_id) AS "spaceCode", f.agency_id AS "agencyId", g.acronym AS "agencyAcronym",
    g.name AS "agencyName", f.article_id AS "articleId", a.number AS "articleNumber", a.title AS "articleTitle", a.category,
    (SELECT r.code FROM regulations r WHERE r.id = a.regulation_id) AS "regulationCode", f.severity, f.description,
    f.corrective_action AS "correctiveAction", f.due_on AS "dueOn", f.status, f.waived_reason AS "waivedReason",
    f.answered_at AS "answeredAt", f.verified_at AS "verifiedAt", f.verified_inspection_id AS "verifiedInspectionId",
    (SELECT i.folio FROM inspections i WHERE i.id = f.verified_inspection_id) AS "verifiedInspectionFolio",
    (f.status = 'overdue' OR (f.status IN ('open','in_progress') AND f.due_on < ${p.add(today())}::date)) AS overdue,
    f.created_at AS "createdAt", f.updated_at AS "updatedAt"`,
  pageJoins: `CROSS JOIN LATERAL (SELECT code FROM buildings WHERE id = f.building_id OFFSET 0) b
    LEFT JOIN LATERAL (SELECT acronym, name FROM agencies WHERE id = f.agency_id OFFSET 0) g ON true
    CROSS JOIN LATERAL (SELECT number, title, category, regulation_id FROM articles WHERE id = f.article_id OFFSET 0) a`,
  filters: {
    id: { expr: 'f.id', type: 'uuid' },
    status: { expr: 'f.status', type: 'text', values: FINDING_STATUSES },
    buildingId: { expr: 'f.building_id', type: 'uuid' },
    agencyId: { expr: 'f.agency_id', type: 'uuid' },
    spaceId: { expr: 'f.space_id', type: 'uuid' },
    articleId: { expr: 'f.article_id', type: 'uuid' },
    severity: { expr: 'f.severity', type: 'text', values: SEVERITIES },
    inspectionId: { expr: 'f.inspection_id', type: 'uuid' },
    dueOn: { expr: 'f.due_on', type: 'date', range: true },
    createdAt: { expr: 'f.created_at', type: 'timestamp', range: true },
  },
  custom: {
    overdue: (value, p) => {
      if (!['true', 'false', true, false].includes(value as string | boolean)) throw invalid({ overdue: 'Debe ser verdadero o falso' });
      const cond = `(f.status = 'overdue' OR (f.status IN ('open','in_progress') AND f.due_on < ${p.add(today())}::date))`;
      return value === true || value === 'true' ? cond : `NOT ${cond}`;
    },
    open: (value) => (value === true || value === 'true' ? `f.status IN ${OPEN_STATUSES}` : `f.status NOT IN ${OPEN_STATUSES}`),
  },
  search: `(f.folio || ' ' || coalesce(f.description, '') || ' ' || f.corrective_action)`,
  sorts: {
    folio: 'f.folio', dueOn: 'f.due_on', status: 'f.status', createdAt: 'f.created_at',
    severity: `array_position(ARRAY['low','medium','high','critical']::varchar[], f.severity)`,
    buildingId: '(SELECT b2.code FROM buildings b2 WHERE b2.id = f.building_id)',
    agencyId: '(SELECT g2.acronym FROM agencies g2 WHERE g2.id = f.agency_id)',
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
  tieBreaker: 'f.id',
};

const findingScope = (actor: Actor, p: SqlParams) => scopeOf(actor, p, { building: 'f.building_id', agency: 'f.agency_id' });

@Injectable()
export class FindingsRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<Finding>> {
    const p = new SqlParams();
    return runList(this.read, spec, params, p, findingScope(actor, p));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<Finding | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Finding[]>(selectSql(spec, [`f.id = ${p.add(id)}`, ...findingScope(actor, p)], p), p.values);
    return rows[0];
  }

  async events(findingId: string): Promise<unknown[]> {
    return this.read.query(
      `SELECT e.id, e.at, e.kind, e.user_id AS "userId", e.user_name AS "userName", e.text,
              COALESCE((SELECT json_agg(json_build_object('id', x.id, 'fileName', x.file_name, 'contentType', x.content_type, 'size', x.size,
                        'checksum', x.checksum) ORDER BY x.position) FROM finding_files x WHERE x.event_id = e.id), '[]') AS files
         FROM finding_events e WHERE e.finding_id = $1 ORDER BY e.at, e.id`,
      [findingId],
    );
  }

  async setStatus(tx: Queryable, id: string, status: FindingStatus, extra: { waivedReason?: string; answered?: boolean; verified?: boolean; verifiedInspectionId?: string | null } = {}): Promise<void> {
    await tx.query(
      `UPDATE findings SET status = $2::text, updated_at = now(),
              waived_reason = CASE WHEN $2::text = 'waived' THEN $3 ELSE NULL END,
              answered_at = CASE WHEN $4::boolean THEN now() ELSE answered_at END,
              verified_at = CASE WHEN $5::boolean THEN now() ELSE verified_at END,
              verified_inspection_id = CASE WHEN $5::boolean THEN $6::uuid ELSE verified_inspection_id END
        WHERE id = $1`,
      [id, status, extra.waivedReason ?? null, !!extra.answered, !!extra.verified, extra.verifiedInspectionId ?? null],
    );
  }

  async addEvent(tx: Queryable, findingId: string, kind: string, user: { id: string | null; name: string }, text: string | null): Promise<string> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO finding_events (finding_id, kind, user_id, user_name, text) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [findingId, kind, user.id, user.name, text],
    );
    return rows[0].id;
  }

  /** One file of an answer; `position` keeps the files in the order they were sent. */
  async addFile(
    tx: Queryable,
    d: { findingId: string; eventId: string; position: number; fileName: string; contentType: string; size: number; checksum: string; key: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO finding_files (finding_id, event_id, position, file_name, content_type, size, checksum, storage_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [d.findingId, d.eventId, d.position, d.fileName, d.contentType, d.size, d.checksum, d.key],
    );
  }

  async update(tx: Queryable, id: string, d: { correctiveAction?: string; dueOn?: string }): Promise<void> {
    await tx.query(
      `UPDATE findings SET corrective_action = COALESCE($2, corrective_action), due_on = COALESCE($3::date, due_on), updated_at = now() WHERE id = $1`,
      [id, d.correctiveAction ?? null, d.dueOn ?? null],
    );
  }

  async findFile(actor: Actor, fileId: string): Promise<FindingFile | undefined> {
    const p = new SqlParams();
    const rows = await this.read.query<FindingFile[]>(
      `SELECT x.id, x.file_name AS "fileName", x.content_type AS "contentType", x.size, x.storage_key AS "storageKey"
         FROM finding_files x JOIN findings f ON f.id = x.finding_id
        WHERE x.id = ${p.add(fileId)} ${findingScope(actor, p).map((c) => `AND ${c}`).join(' ')}`,
      p.values,
    );
    return rows[0];
  }

  async inspectionBuilding(tx: Queryable, inspectionId: string): Promise<string | undefined> {
    const rows = await tx.query<{ building_id: string }[]>(`SELECT building_id FROM inspections WHERE id = $1`, [inspectionId]);
    return rows[0]?.building_id;
  }
}

/**
 * Flags as overdue every open or in-progress action past its deadline, with its timeline event and
 * audit record, in one statement. Idempotent and safe with several instances: a row already
 * flagged no longer matches, and concurrent runs serialise on the rows they update.
 */
export async function flagOverdue(db: Queryable, day: string = today()): Promise<number> {
  const rows = await db.query<{ id: string }[]>(
    `WITH flagged AS (
       UPDATE findings SET status = 'overdue', updated_at = now()
        WHERE status IN ('open','in_progress') AND due_on < $1::date
       RETURNING id, due_on),
     events AS (
       INSERT INTO finding_events (finding_id, kind, user_name, text)
       SELECT id, 'overdue', 'sistema', 'Venció el plazo del ' || to_char(due_on, 'DD/MM/YYYY') || ' sin respuesta' FROM flagged)
     INSERT INTO audit_events (actor_username, action, resource, record_id, before, after)
     SELECT 'sistema', 'update', 'findings', id::text, NULL, '{"status":"overdue"}' FROM flagged
     RETURNING record_id AS id`,
    [day],
  );
  return rows.length;
}
