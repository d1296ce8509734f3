import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import { INSPECTION_STATUSES, INSPECTION_TYPES, type ResultDto } from './dto/inspection.dto';

export interface ScopeEntry {
  spaceId: string;
  spaceCode: string;
  spaceName: string;
  agencyId: string | null;
  agencyAcronym: string | null;
  agencyName: string | null;
}

export interface Inspection {
  id: string;
  folio: string;
  buildingId: string;
  buildingCode: string;
  type: string;
  checklistId: string;
  plannedOn: string;
  performedOn: string | null;
  status: 'planned' | 'in_progress' | 'signed';
  spaceIds: string[];
  scope: ScopeEntry[];
  [field: string]: unknown;
}

export interface InspectionResult {
  id: string;
  itemId: string;
  spaceId: string;
  outcome: string;
  [field: string]: unknown;
}

export interface Photo {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  checksum: string;
  storageKey?: string;
  inspectionId?: string;
  buildingId?: string;
}

const spec: ListSpec = {
  from: 'inspections i',
  select: `i.id, i.folio, i.building_id AS "buildingId", b.code AS "buildingCode", b.name AS "buildingName", i.type,
    i.inspector_id AS "inspectorId", (SELECT u.full_name FROM users u WHERE u.id = i.inspector_id) AS "inspectorName",
    i.checklist_id AS "checklistId", (SELECT c.name FROM checklists c WHERE c.id = i.checklist_id) AS "checklistName",
    i.planned_on AS "plannedOn", i.performed_on AS "performedOn", i.plan_id AS "planId",
    (SELECT p.period FROM supervision_plans p WHERE p.id = i.plan_id) AS "planPeriod",
    i.follow_up_of_id AS "followUpOfId", (SELECT f.folio FROM inspections f WHERE f.id = i.follow_up_of_id) AS "followUpOfFolio",
    i.notes, i.status, i.signed_at AS "signedAt", i.signed_by AS "signedBy",
    (SELECT u.full_name FROM users u WHERE u.id = i.signed_by) AS "signedByName", i.tenant_signatory AS "tenantSignatory",
    sc.space_ids AS "spaceIds", sc.scope,
    rc.results AS "resultCount", rc.fails AS "failCount",
    sc.spaces * (SELECT count(*)::int FROM checklist_items ci WHERE ci.checklist_id = i.checklist_id) AS "expectedResultCount",
    (SELECT count(*)::int FROM findings h WHERE h.inspection_id = i.id) AS "findingCount",
    i.created_at AS "createdAt", i.updated_at AS "updatedAt"`,
  pageJoins: `CROSS JOIN LATERAL (SELECT code, name FROM buildings WHERE id = i.building_id OFFSET 0) b
    CROSS JOIN LATERAL (
      SELECT COALESCE(array_agg(x.space_id ORDER BY s.code), '{}') AS space_ids, count(*)::int AS spaces,
             COALESCE(json_agg(json_build_object('spaceId', x.space_id, 'spaceCode', s.code, 'spaceName', s.name, 'agencyId', x.agency_id,
               'agencyAcronym', g.acronym, 'agencyName', g.name) ORDER BY s.code), '[]') AS scope
        FROM inspection_spaces x JOIN spaces s ON s.id = x.space_id LEFT JOIN agencies g ON g.id = x.agency_id
       WHERE x.inspection_id = i.id) sc
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS results, count(*) FILTER (WHERE r.outcome = 'fails')::int AS fails
        FROM inspection_results r WHERE r.inspection_id = i.id) rc`,
  filters: {
    id: { expr: 'i.id', type: 'uuid' },
    buildingId: { expr: 'i.building_id', type: 'uuid' },
    type: { expr: 'i.type', type: 'text', values: INSPECTION_TYPES },
    status: { expr: 'i.status', type: 'text', values: INSPECTION_STATUSES },
    inspectorId: { expr: 'i.inspector_id', type: 'uuid' },
    planId: { expr: 'i.plan_id', type: 'uuid' },
    checklistId: { expr: 'i.checklist_id', type: 'uuid' },
    followUpOfId: { expr: 'i.follow_up_of_id', type: 'uuid' },
    plannedOn: { expr: 'i.planned_on', type: 'date', range: true },
    performedOn: { expr: 'i.performed_on', type: 'date', range: true },
  },
  custom: {
    spaceId: (value, p) => `EXISTS (SELECT 1 FROM inspection_spaces x WHERE x.inspection_id = i.id AND x.space_id = ${p.add(value)}::uuid)`,
    agencyId: (value, p) => `EXISTS (SELECT 1 FROM inspection_spaces x WHERE x.inspection_id = i.id AND x.agency_id = ${p.add(value)}::uuid)`,
  },
  search: 'i.folio',
  sorts: {
    folio: 'i.folio', plannedOn: 'i.planned_on', performedOn: 'i.performed_on', status: 'i.status', type: 'i.type',
    signedAt: 'i.signed_at', createdAt: 'i.created_at', buildingId: '(SELECT b2.code FROM buildings b2 WHERE b2.id = i.building_id)',
  },
  defaultSort: { field: 'plannedOn', order: 'DESC' },
  tieBreaker: 'i.id',
};

const resultsSql = (where: string) => `
  SELECT r.id, r.inspection_id AS "inspectionId", r.item_id AS "itemId", ci.position, ci.article_id AS "articleId", a.number AS "articleNumber",
         a.title AS "articleTitle", ci.question, a.severity, a.category, r.space_id AS "spaceId", s.code AS "spaceCode",
         x.agency_id AS "agencyId", g.acronym AS "agencyAcronym", r.outcome, r.note,
         COALESCE((SELECT json_agg(json_build_object('id', f.id, 'fileName', f.file_name, 'contentType', f.content_type, 'size', f.size,
                   'checksum', f.checksum) ORDER BY f.created_at, f.id)
                     FROM inspection_photos f WHERE f.inspection_id = r.inspection_id AND f.item_id = r.item_id AND f.space_id = r.space_id), '[]') AS photos,
         r.created_at AS "createdAt", r.updated_at AS "updatedAt"
    FROM inspection_results r
    JOIN checklist_items ci ON ci.id = r.item_id
    JOIN articles a ON a.id = ci.article_id
    JOIN spaces s ON s.id = r.space_id
    JOIN inspection_spaces x ON x.inspection_id = r.inspection_id AND x.space_id = r.space_id
    LEFT JOIN agencies g ON g.id = x.agency_id
   WHERE ${where}
   ORDER BY ci.position, ci.id, s.code`;

const PHOTO_FIELDS = `f.id, f.file_name AS "fileName", f.content_type AS "contentType", f.size, f.checksum`;

@Injectable()
export class InspectionsRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<Inspection>> {
    const p = new SqlParams();
    return runList(this.read, spec, params, p, scopeOf(actor, p, { building: 'i.building_id' }));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<Inspection | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Inspection[]>(selectSql(spec, [`i.id = ${p.add(id)}`, ...scopeOf(actor, p, { building: 'i.building_id' })], p), p.values);
    return rows[0];
  }

  /** Locks the inspection row for the rest of the transaction and answers its status (undefined when outside the scope). */
  async lock(actor: Actor, tx: Queryable, id: string): Promise<{ status: string; buildingId: string; checklistId: string } | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<{ status: string; buildingId: string; checklistId: string }[]>(
      `SELECT i.status, i.building_id AS "buildingId", i.checklist_id AS "checklistId" FROM inspections i
        WHERE i.id = ${p.add(id)} ${scopeOf(actor, p, { building: 'i.building_id' }).map((c) => `AND ${c}`).join(' ')} FOR UPDATE`,
      p.values,
    );
    return rows[0];
  }

  async nextFolio(tx: Queryable, prefix: 'SUP' | 'HAL', buildingId: string, year: number, count = 1): Promise<{ code: string; first: number }> {
    const rows = await tx.query<{ code: string; last: number }[]>(
      `WITH c AS (
         INSERT INTO compliance_folio_counters (prefix, building_id, year, last_number) VALUES ($1, $2, $3, $4)
         ON CONFLICT (prefix, building_id, year) DO UPDATE SET last_number = compliance_folio_counters.last_number + EXCLUDED.last_number
         RETURNING last_number)
       SELECT b.code, c.last_number AS last FROM c, buildings b WHERE b.id = $2`,
      [prefix, buildingId, year, count],
    );
    return { code: rows[0].code, first: rows[0].last - count + 1 };
  }

  async insert(tx: Queryable, d: {
    folio: string; buildingId: string; type: string; inspectorId?: string | null; checklistId: string; plannedOn: string;
    performedOn?: string | null; planId?: string | null; followUpOfId?: string | null; notes?: string | null; tenantSignatory?: string | null;
  }): Promise<string> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO inspections (folio, building_id, type, inspector_id, checklist_id, planned_on, performed_on, plan_id, follow_up_of_id, notes, tenant_signatory)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [d.folio, d.buildingId, d.type, d.inspectorId ?? null, d.checklistId, d.plannedOn, d.performedOn ?? null, d.planId ?? null,
        d.followUpOfId ?? null, d.notes ?? null, d.tenantSignatory ?? null],
    );
    return rows[0].id;
  }

  async update(tx: Queryable, id: string, d: Record<string, unknown>): Promise<void> {
    const columns: Record<string, string> = {
      type: 'type', inspectorId: 'inspector_id', checklistId: 'checklist_id', plannedOn: 'planned_on', performedOn: 'performed_on',
      followUpOfId: 'follow_up_of_id', notes: 'notes', tenantSignatory: 'tenant_signatory',
    };
    const p = new SqlParams();
    const sets = Object.entries(columns).filter(([k]) => d[k] !== undefined).map(([k, c]) => `${c} = ${p.add(d[k])}`);
    await tx.query(`UPDATE inspections SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = ${p.add(id)}`, p.values);
  }

  /** Spaces among `ids` that are not rentable spaces of the building. */
  async foreignSpaces(tx: Queryable, buildingId: string, ids: string[]): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      `SELECT x.id FROM unnest($2::uuid[]) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM spaces s WHERE s.id = x.id AND s.building_id = $1)`,
      [buildingId, ids],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Sets the scope to `spaceIds`, each with the tenant agency whose agreement (not a draft) covered
   * it on `day`. Spaces left out are removed (the caller checked they have no results).
   */
  async setScope(tx: Queryable, inspectionId: string, buildingId: string, spaceIds: string[], day: string): Promise<void> {
    await tx.query(`DELETE FROM inspection_spaces WHERE inspection_id = $1 AND NOT (space_id = ANY($2::uuid[]))`, [inspectionId, spaceIds]);
    await tx.query(
      `INSERT INTO inspection_spaces (inspection_id, space_id, building_id, agency_id)
       SELECT $1, s.id, s.building_id,
              (SELECT a.agency_id FROM agreement_spaces x JOIN agreements a ON a.id = x.agreement_id
                WHERE x.space_id = s.id AND x.blocking AND x.period @> $4::date ORDER BY a.start_date DESC LIMIT 1)
         FROM spaces s WHERE s.id = ANY($3::uuid[]) AND s.building_id = $2
       ON CONFLICT (inspection_id, space_id) DO UPDATE SET agency_id = EXCLUDED.agency_id
        WHERE inspection_spaces.agency_id IS DISTINCT FROM EXCLUDED.agency_id`,
      [inspectionId, buildingId, spaceIds, day],
    );
  }

  /** Spaces of the scope not in `keep` that already have results or photos. */
  async answeredSpaces(tx: Queryable, inspectionId: string, keep: string[]): Promise<string[]> {
    const rows = await tx.query<{ code: string }[]>(
      `SELECT DISTINCT s.code FROM inspection_spaces x JOIN spaces s ON s.id = x.space_id
        WHERE x.inspection_id = $1 AND NOT (x.space_id = ANY($2::uuid[]))
          AND (EXISTS (SELECT 1 FROM inspection_results r WHERE r.inspection_id = x.inspection_id AND r.space_id = x.space_id)
            OR EXISTS (SELECT 1 FROM inspection_photos f WHERE f.inspection_id = x.inspection_id AND f.space_id = x.space_id))
        ORDER BY 1`,
      [inspectionId, keep],
    );
    return rows.map((r) => r.code);
  }

  async hasResults(tx: Queryable, inspectionId: string): Promise<boolean> {
    const rows = await tx.query<{ any: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM inspection_results WHERE inspection_id = $1) AS any`, [inspectionId]);
    return rows[0].any;
  }

  results(inspectionId: string, tx: Queryable = this.read): Promise<InspectionResult[]> {
    return tx.query(resultsSql('r.inspection_id = $1'), [inspectionId]);
  }

  /** Which (item, space) pairs of the batch are outside the checklist or the scope: indexes of the batch. */
  async invalidPairs(tx: Queryable, inspectionId: string, checklistId: string, results: ResultDto[]): Promise<{ n: number; item: boolean; space: boolean }[]> {
    return tx.query(
      `SELECT t.n, NOT EXISTS (SELECT 1 FROM checklist_items ci WHERE ci.id = t.item_id AND ci.checklist_id = $2) AS item,
              NOT EXISTS (SELECT 1 FROM inspection_spaces x WHERE x.inspection_id = $1 AND x.space_id = t.space_id) AS space
         FROM unnest($3::uuid[], $4::uuid[]) WITH ORDINALITY AS t(item_id, space_id, n)
        WHERE NOT EXISTS (SELECT 1 FROM checklist_items ci WHERE ci.id = t.item_id AND ci.checklist_id = $2)
           OR NOT EXISTS (SELECT 1 FROM inspection_spaces x WHERE x.inspection_id = $1 AND x.space_id = t.space_id)`,
      [inspectionId, checklistId, results.map((r) => r.itemId), results.map((r) => r.spaceId)],
    );
  }

  /** Upserts the batch; a row resent unchanged is left alone (idempotent). Returns how many rows changed. */
  async upsertResults(tx: Queryable, inspectionId: string, results: ResultDto[]): Promise<number> {
    const rows = await tx.query<{ n: number }[]>(
      `WITH up AS (
         INSERT INTO inspection_results (inspection_id, item_id, space_id, outcome, note)
         SELECT $1, t.item_id, t.space_id, t.outcome, NULLIF(t.note, '')
           FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[]) AS t(item_id, space_id, outcome, note)
         ON CONFLICT (inspection_id, item_id, space_id) DO UPDATE SET outcome = EXCLUDED.outcome, note = EXCLUDED.note, updated_at = now()
          WHERE (inspection_results.outcome, inspection_results.note) IS DISTINCT FROM (EXCLUDED.outcome, EXCLUDED.note)
         RETURNING 1)
       SELECT count(*)::int AS n FROM up`,
      [inspectionId, results.map((r) => r.itemId), results.map((r) => r.spaceId), results.map((r) => r.outcome), results.map((r) => r.note ?? null)],
    );
    return rows[0].n;
  }

  async markStarted(tx: Queryable, inspectionId: string, day: string): Promise<void> {
    await tx.query(
      `UPDATE inspections SET status = 'in_progress', performed_on = COALESCE(performed_on, $2::date), updated_at = now()
        WHERE id = $1 AND status = 'planned'`,
      [inspectionId, day],
    );
  }

  async missingResults(tx: Queryable, inspectionId: string, checklistId: string): Promise<number> {
    const rows = await tx.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM inspection_spaces x CROSS JOIN checklist_items ci
        WHERE x.inspection_id = $1 AND ci.checklist_id = $2
          AND NOT EXISTS (SELECT 1 FROM inspection_results r WHERE r.inspection_id = $1 AND r.item_id = ci.id AND r.space_id = x.space_id)`,
      [inspectionId, checklistId],
    );
    return rows[0].n;
  }

  async sign(tx: Queryable, inspectionId: string, actorId: string, tenantSignatory: string, performedOn: string): Promise<void> {
    await tx.query(
      `UPDATE inspections SET status = 'signed', signed_at = now(), signed_by = $2, tenant_signatory = $3,
              performed_on = COALESCE($4::date, performed_on), updated_at = now()
        WHERE id = $1`,
      [inspectionId, actorId, tenantSignatory, performedOn],
    );
  }

  async insertPhoto(tx: Queryable, d: { inspectionId: string; itemId: string; spaceId: string; fileName: string; contentType: string; size: number; checksum: string; key: string; userId: string }): Promise<Photo> {
    await tx.query(
      `INSERT INTO inspection_photos (inspection_id, item_id, space_id, file_name, content_type, size, checksum, storage_key, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (inspection_id, item_id, space_id, checksum) DO NOTHING`,
      [d.inspectionId, d.itemId, d.spaceId, d.fileName, d.contentType, d.size, d.checksum, d.key, d.userId],
    );
    const rows = await tx.query<Photo[]>(
      `SELECT ${PHOTO_FIELDS} FROM inspection_photos f WHERE f.inspection_id = $1 AND f.item_id = $2 AND f.space_id = $3 AND f.checksum = $4`,
      [d.inspectionId, d.itemId, d.spaceId, d.checksum],
    );
    return rows[0];
  }

  async findPhoto(actor: Actor, id: string, tx: Queryable = this.read): Promise<Photo | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Photo[]>(
      `SELECT ${PHOTO_FIELDS}, f.storage_key AS "storageKey", f.inspection_id AS "inspectionId", i.building_id AS "buildingId"
         FROM inspection_photos f JOIN inspections i ON i.id = f.inspection_id
        WHERE f.id = ${p.add(id)} ${scopeOf(actor, p, { building: 'i.building_id' }).map((c) => `AND ${c}`).join(' ')}`,
      p.values,
    );
    return rows[0];
  }

  async deletePhoto(tx: Queryable, id: string): Promise<void> {
    await tx.query(`DELETE FROM inspection_photos WHERE id = $1`, [id]);
  }

  /** Users among `id` that may inspect (admin, building administrator, inspector) and are active. */
  async isInspector(tx: Queryable, id: string): Promise<boolean> {
    const rows = await tx.query<unknown[]>(`SELECT 1 FROM users WHERE id = $1 AND active AND role IN ('admin','building_admin','inspector')`, [id]);
    return rows.length > 0;
  }

  async buildingOf(tx: Queryable, inspectionId: string): Promise<string | undefined> {
    const rows = await tx.query<{ building_id: string }[]>(`SELECT building_id FROM inspections WHERE id = $1`, [inspectionId]);
    return rows[0]?.building_id;
  }

  async checklistActive(tx: Queryable, id: string): Promise<boolean | undefined> {
    const rows = await tx.query<{ active: boolean }[]>(`SELECT active FROM checklists WHERE id = $1`, [id]);
    return rows[0]?.active;
  }
}
