import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import type { CreateQueueServiceDto } from './dto/queue.dto';

export interface QueueService {
  id: string;
  buildingId: string;
  agencyId: string;
  name: string;
  prefix: string;
  dailyCap: number;
  opensAt: string | null;
  closesAt: string | null;
  targetWaitMinutes: number;
  active: boolean;
  procedureIds: string[];
  [field: string]: unknown;
}

export type QueueServiceWrite = Partial<Omit<CreateQueueServiceDto, 'procedureIds'>>;

const COLUMNS: ColumnMap<QueueServiceWrite> = {
  buildingId: 'building_id', agencyId: 'agency_id', name: 'name', prefix: 'prefix', dailyCap: 'daily_cap', opensAt: 'opens_at',
  closesAt: 'closes_at', targetWaitMinutes: 'target_wait_minutes', active: 'active',
};

export const serviceTies = { building: 'qs.building_id', agency: 'qs.agency_id' } as const;

const spec: ListSpec = {
  from: 'queue_services qs',
  select: `qs.id, qs.building_id AS "buildingId", b.code AS "buildingCode", qs.agency_id AS "agencyId", g.acronym AS "agencyAcronym",
    g.name AS "agencyName", qs.name, qs.prefix, qs.daily_cap AS "dailyCap", to_char(qs.opens_at, 'HH24:MI') AS "opensAt",
    to_char(qs.closes_at, 'HH24:MI') AS "closesAt", qs.target_wait_minutes AS "targetWaitMinutes", qs.active,
    COALESCE((SELECT array_agg(x.procedure_id ORDER BY x.procedure_id) FROM queue_service_procedures x WHERE x.service_id = qs.id), '{}') AS "procedureIds",
    (SELECT count(*)::int FROM ticket_visits v WHERE v.service_id = qs.id AND v.status = 'waiting') AS waiting,
    qs.created_at AS "createdAt", qs.updated_at AS "updatedAt"`,
  pageJoins: 'JOIN buildings b ON b.id = qs.building_id JOIN agencies g ON g.id = qs.agency_id',
  filters: {
    id: { expr: 'qs.id', type: 'uuid' },
    buildingId: { expr: 'qs.building_id', type: 'uuid' },
    agencyId: { expr: 'qs.agency_id', type: 'uuid' },
    active: { expr: 'qs.active', type: 'bool' },
    prefix: { expr: 'qs.prefix', type: 'text' },
  },
  search: `(qs.name || ' ' || qs.prefix)`,
  sorts: { name: 'qs.name', prefix: 'qs.prefix', createdAt: 'qs.created_at', dailyCap: 'qs.daily_cap' },
  defaultSort: { field: 'prefix', order: 'ASC' },
  tieBreaker: 'qs.id',
};

@Injectable()
export class QueueServicesRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<QueueService>> {
    const p = new SqlParams();
    return runList(this.read, spec, params, p, scopeOf(actor, p, serviceTies));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<QueueService | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<QueueService[]>(selectSql(spec, [`qs.id = ${p.add(id)}`, ...scopeOf(actor, p, serviceTies)], p), p.values);
    return rows[0];
  }

  /** A service of this building, whatever its agency (for a ticket moving on inside the building). */
  async findInBuilding(tx: Queryable, buildingId: string, id: string): Promise<QueueService | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<QueueService[]>(selectSql(spec, [`qs.id = ${p.add(id)}`, `qs.building_id = ${p.add(buildingId)}`], p), p.values);
    return rows[0];
  }

  insert(tx: Queryable, data: QueueServiceWrite): Promise<string> {
    return insertRow(tx, 'queue_services', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: QueueServiceWrite): Promise<void> {
    return updateRow(tx, 'queue_services', COLUMNS, id, data);
  }

  /** The procedures must be the agency's own catalogue. */
  async setProcedures(tx: Queryable, id: string, agencyId: string, procedureIds: string[]): Promise<number> {
    await tx.query(`DELETE FROM queue_service_procedures WHERE service_id = $1`, [id]);
    const rows = await tx.query<unknown[]>(
      `INSERT INTO queue_service_procedures (service_id, procedure_id)
       SELECT $1, pr.id FROM procedures pr WHERE pr.id = ANY($2::uuid[]) AND pr.agency_id = $3 RETURNING 1`,
      [id, procedureIds, agencyId],
    );
    return rows.length;
  }

  async agencyExists(tx: Queryable, agencyId: string): Promise<boolean> {
    return (await tx.query<unknown[]>(`SELECT 1 FROM agencies WHERE id = $1 AND active`, [agencyId])).length > 0;
  }
}
