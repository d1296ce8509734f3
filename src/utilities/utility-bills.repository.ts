import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { invalid } from '../common/validation';
import { PoolReader } from '../database/pool-reader';
import type { Unit } from './dto/units';
import type { UtilityBillWrite } from './dto/utility-bill.dto';
import { SERVICE_KINDS } from './dto/utility-service.dto';

export interface UtilityBill {
  id: string;
  serviceId: string;
  buildingId: string;
  period: string;
  amount: string;
  invoiceNumber: string;
  issuedOn: string | null;
  dueOn: string | null;
  paidOn: string | null;
  periodStatus: 'open' | 'closed';
  [field: string]: unknown;
}

const COLUMNS: ColumnMap<UtilityBillWrite> = {
  serviceId: 'service_id', buildingId: 'building_id', period: 'period', amount: 'amount', consumption: 'consumption', unit: 'unit',
  invoiceNumber: 'invoice_number', issuedOn: 'issued_on', dueOn: 'due_on', paidOn: 'paid_on', notes: 'notes',
};

/** Money leaves as the exact decimal string PostgreSQL keeps (`numeric` → text, never a float). */
export const BILL_SELECT = `ub.id, ub.service_id AS "serviceId", s.name AS "serviceName", s.kind AS "serviceKind",
  ub.building_id AS "buildingId", b.code AS "buildingCode", ub.period, ub.amount::text AS amount,
  ub.consumption::float8 AS consumption, ub.unit, ub.invoice_number AS "invoiceNumber", ub.issued_on AS "issuedOn",
  ub.due_on AS "dueOn", ub.paid_on AS "paidOn", ub.notes, COALESCE(pe.status, 'open') AS "periodStatus",
  ub.created_at AS "createdAt", ub.updated_at AS "updatedAt"`;

export const BILL_JOINS = `JOIN utility_services s ON s.id = ub.service_id JOIN buildings b ON b.id = ub.building_id
  LEFT JOIN periods pe ON pe.period = ub.period`;

const spec: ListSpec = {
  from: 'utility_bills ub',
  select: BILL_SELECT,
  pageJoins: BILL_JOINS,
  filters: {
    id: { expr: 'ub.id', type: 'uuid' },
    buildingId: { expr: 'ub.building_id', type: 'uuid' },
    serviceId: { expr: 'ub.service_id', type: 'uuid' },
    period: { expr: 'ub.period', type: 'text', range: true },
    invoiceNumber: { expr: 'ub.invoice_number', type: 'text' },
    issuedOn: { expr: 'ub.issued_on', type: 'date', range: true },
    dueOn: { expr: 'ub.due_on', type: 'date', range: true },
  },
  custom: {
    kind: (value, p) => {
      const kinds = (Array.isArray(value) ? value : [value]).map(String);
      if (!kinds.every((k) => (SERVICE_KINDS as readonly string[]).includes(k))) throw invalidKind();
      return `EXISTS (SELECT 1 FROM utility_services s2 WHERE s2.id = ub.service_id AND s2.kind = ANY(${p.add(kinds)}::text[]))`;
    },
    periodStatus: (value, p) => {
      if (value !== 'open' && value !== 'closed') throw invalidStatus();
      return `COALESCE((SELECT pe2.status FROM periods pe2 WHERE pe2.period = ub.period), 'open') = ${p.add(value)}`;
    },
  },
  search: 'ub.invoice_number',
  sorts: {
    period: 'ub.period', amount: 'ub.amount', invoiceNumber: 'ub.invoice_number', issuedOn: 'ub.issued_on', dueOn: 'ub.due_on',
    paidOn: 'ub.paid_on', consumption: 'ub.consumption', createdAt: 'ub.created_at',
    serviceId: '(SELECT s2.name FROM utility_services s2 WHERE s2.id = ub.service_id)',
    buildingId: '(SELECT b2.code FROM buildings b2 WHERE b2.id = ub.building_id)',
  },
  defaultSort: { field: 'period', order: 'DESC' },
  tieBreaker: 'ub.id',
};

const invalidKind = () => invalid({ kind: `Debe ser uno de: ${SERVICE_KINDS.join(', ')}` });
const invalidStatus = () => invalid({ periodStatus: 'Debe ser uno de: open, closed' });

export interface ServiceRef {
  id: string;
  buildingId: string;
  unit: Unit | null;
}

@Injectable()
export class UtilityBillsRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<UtilityBill>> {
    const p = new SqlParams();
    return runList(this.read, spec, params, p, scopeOf(actor, p, { building: 'ub.building_id' }));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<UtilityBill | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<UtilityBill[]>(selectSql(spec, [`ub.id = ${p.add(id)}`, ...scopeOf(actor, p, { building: 'ub.building_id' })], p), p.values);
    return rows[0];
  }

  /** Bills by id, in the response's shape (no scope: the caller chose the ids). */
  findMany(tx: Queryable, ids: string[]): Promise<UtilityBill[]> {
    if (!ids.length) return Promise.resolve([]);
    return tx.query<UtilityBill[]>(`SELECT ${BILL_SELECT} FROM utility_bills ub ${BILL_JOINS} WHERE ub.id = ANY($1::uuid[])`, [ids]);
  }

  /** A service the actor may see, or undefined. */
  async service(actor: Actor, tx: Queryable, serviceId: string): Promise<ServiceRef | undefined> {
    const p = new SqlParams();
    const where = [`id = ${p.add(serviceId)}`, ...scopeOf(actor, p, { building: 'building_id' })];
    const rows = await tx.query<ServiceRef[]>(`SELECT id, building_id AS "buildingId", unit FROM utility_services WHERE ${where.join(' AND ')}`, p.values);
    return rows[0];
  }

  insert(tx: Queryable, data: UtilityBillWrite): Promise<string> {
    return insertRow(tx, 'utility_bills', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: UtilityBillWrite): Promise<void> {
    return updateRow(tx, 'utility_bills', COLUMNS, id, data);
  }
}
