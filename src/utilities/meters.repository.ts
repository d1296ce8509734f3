import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import { METER_KINDS, type MeterWrite } from './dto/meter.dto';

export interface Meter {
  id: string;
  serviceId: string;
  buildingId: string;
  code: string;
  kind: (typeof METER_KINDS)[number];
  spaceId: string | null;
  [field: string]: unknown;
}

const COLUMNS: ColumnMap<MeterWrite> = {
  serviceId: 'service_id', buildingId: 'building_id', code: 'code', kind: 'kind', spaceId: 'space_id', active: 'active',
};

const spec: ListSpec = {
  from: 'meters m',
  select: `m.id, m.service_id AS "serviceId", s.name AS "serviceName", m.building_id AS "buildingId", b.code AS "buildingCode",
    m.code, m.kind, m.space_id AS "spaceId", sp.code AS "spaceCode", m.active, m.created_at AS "createdAt", m.updated_at AS "updatedAt"`,
  pageJoins: `JOIN utility_services s ON s.id = m.service_id JOIN buildings b ON b.id = m.building_id LEFT JOIN spaces sp ON sp.id = m.space_id`,
  filters: {
    id: { expr: 'm.id', type: 'uuid' },
    serviceId: { expr: 'm.service_id', type: 'uuid' },
    buildingId: { expr: 'm.building_id', type: 'uuid' },
    kind: { expr: 'm.kind', type: 'text', values: METER_KINDS },
    spaceId: { expr: 'm.space_id', type: 'uuid' },
    active: { expr: 'm.active', type: 'bool' },
  },
  search: 'm.code',
  sorts: {
    code: 'm.code', kind: 'm.kind', active: 'm.active', createdAt: 'm.created_at',
    serviceId: '(SELECT s2.name FROM utility_services s2 WHERE s2.id = m.service_id)',
    buildingId: '(SELECT b2.code FROM buildings b2 WHERE b2.id = m.building_id)',
    spaceId: '(SELECT sp2.code FROM spaces sp2 WHERE sp2.id = m.space_id)',
  },
  defaultSort: { field: 'code', order: 'ASC' },
  tieBreaker: 'm.id',
};

@Injectable()
export class MetersRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<Meter>> {
    const p = new SqlParams();
    return runList(this.read, spec, params, p, scopeOf(actor, p, { building: 'm.building_id' }));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<Meter | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Meter[]>(selectSql(spec, [`m.id = ${p.add(id)}`, ...scopeOf(actor, p, { building: 'm.building_id' })], p), p.values);
    return rows[0];
  }

  /** The building of a service the actor may see, or undefined. */
  async serviceBuilding(actor: Actor, tx: Queryable, serviceId: string): Promise<string | undefined> {
    const p = new SqlParams();
    const where = [`id = ${p.add(serviceId)}`, ...scopeOf(actor, p, { building: 'building_id' })];
    const rows = await tx.query<{ buildingId: string }[]>(`SELECT building_id AS "buildingId" FROM utility_services WHERE ${where.join(' AND ')}`, p.values);
    return rows[0]?.buildingId;
  }

  insert(tx: Queryable, data: MeterWrite): Promise<string> {
    return insertRow(tx, 'meters', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: MeterWrite): Promise<void> {
    return updateRow(tx, 'meters', COLUMNS, id, data);
  }
}
