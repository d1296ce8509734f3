import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import { ALLOCATION_BASES, SERVICE_KINDS, type ServiceExemptionDto, type ServiceFixedShareDto, type UtilityServiceWrite } from './dto/utility-service.dto';

export interface UtilityService {
  id: string;
  buildingId: string;
  name: string;
  kind: string;
  unit: string | null;
  basis: string;
  exemptions: ServiceExemptionDto[];
  fixedShares: ServiceFixedShareDto[];
  [field: string]: unknown;
}

const COLUMNS: ColumnMap<UtilityServiceWrite> = {
  buildingId: 'building_id', kind: 'kind', name: 'name', supplier: 'supplier', contractNumber: 'contract_number', unit: 'unit',
  basis: 'basis', active: 'active', notes: 'notes',
};

const spec: ListSpec = {
  from: 'utility_services us',
  select: `us.id, us.building_id AS "buildingId", b.code AS "buildingCode", us.kind, us.name, us.supplier,
    us.contract_number AS "contractNumber", us.unit, us.basis, us.active, us.notes,
    COALESCE((SELECT json_agg(json_build_object('agencyId', e.agency_id, 'reason', e.reason) ORDER BY e.agency_id)
                FROM service_exemptions e WHERE e.service_id = us.id), '[]') AS exemptions,
    COALESCE((SELECT json_agg(json_build_object('agencyId', f.agency_id, 'monthlyAmount', f.monthly_amount::text) ORDER BY f.agency_id)
                FROM service_fixed_shares f WHERE f.service_id = us.id), '[]') AS "fixedShares",
    us.created_at AS "createdAt", us.updated_at AS "updatedAt"`,
  pageJoins: 'CROSS JOIN LATERAL (SELECT code FROM buildings WHERE id = us.building_id OFFSET 0) b',
  filters: {
    id: { expr: 'us.id', type: 'uuid' },
    buildingId: { expr: 'us.building_id', type: 'uuid' },
    kind: { expr: 'us.kind', type: 'text', values: SERVICE_KINDS },
    basis: { expr: 'us.basis', type: 'text', values: ALLOCATION_BASES },
    active: { expr: 'us.active', type: 'bool' },
  },
  search: `(us.name || ' ' || coalesce(us.supplier, '') || ' ' || coalesce(us.contract_number, ''))`,
  sorts: {
    name: 'us.name', kind: 'us.kind', basis: 'us.basis', supplier: 'us.supplier', active: 'us.active', createdAt: 'us.created_at',
    buildingId: '(SELECT b2.code FROM buildings b2 WHERE b2.id = us.building_id)',
  },
  defaultSort: { field: 'name', order: 'ASC' },
  tieBreaker: 'us.id',
};

@Injectable()
export class UtilityServicesRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<UtilityService>> {
    const p = new SqlParams();
    return runList(this.read, spec, params, p, scopeOf(actor, p, { building: 'us.building_id' }));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<UtilityService | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<UtilityService[]>(selectSql(spec, [`us.id = ${p.add(id)}`, ...scopeOf(actor, p, { building: 'us.building_id' })], p), p.values);
    return rows[0];
  }

  /** The agencies among `ids` that do not exist. */
  async missingAgencies(tx: Queryable, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await tx.query<{ id: string }[]>(
      `SELECT x.id FROM unnest($1::uuid[]) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM agencies a WHERE a.id = x.id)`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  insert(tx: Queryable, data: UtilityServiceWrite): Promise<string> {
    return insertRow(tx, 'utility_services', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: Partial<UtilityServiceWrite>): Promise<void> {
    return updateRow(tx, 'utility_services', COLUMNS, id, data);
  }

  async setExemptions(tx: Queryable, serviceId: string, exemptions: ServiceExemptionDto[]): Promise<void> {
    await tx.query(`DELETE FROM service_exemptions WHERE service_id = $1`, [serviceId]);
    if (!exemptions.length) return;
    await tx.query(
      `INSERT INTO service_exemptions (service_id, agency_id, reason) SELECT $1, x.agency_id, x.reason FROM unnest($2::uuid[], $3::text[]) AS x(agency_id, reason)`,
      [serviceId, exemptions.map((e) => e.agencyId), exemptions.map((e) => e.reason)],
    );
  }

  async setFixedShares(tx: Queryable, serviceId: string, shares: ServiceFixedShareDto[]): Promise<void> {
    await tx.query(`DELETE FROM service_fixed_shares WHERE service_id = $1`, [serviceId]);
    if (!shares.length) return;
    await tx.query(
      `INSERT INTO service_fixed_shares (service_id, agency_id, monthly_amount)
       SELECT $1, x.agency_id, x.amount FROM unnest($2::uuid[], $3::numeric[]) AS x(agency_id, amount)`,
      [serviceId, shares.map((s) => s.agencyId), shares.map((s) => s.monthlyAmount)],
    );
  }
}
