import { Injectable } from '@nestjs/common';
import { PoolReader } from '../database/pool-reader';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type Queryable, SqlParams } from '../common/sql-params';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'activate', 'extend', 'terminate', 'login', 'login_failed', 'login_throttled', 'call'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const SECRET_FIELDS = ['passwordHash', 'password'];

const redact = (row: object | null) =>
  row && Object.fromEntries(Object.entries(row).filter(([key]) => !SECRET_FIELDS.includes(key)));

const spec: ListSpec = {
  from: 'audit_events e',
  select: `e.id, e.occurred_at AS "occurredAt", e.actor_id AS "actorId", e.actor_username AS "actorUsername",
           e.action, e.resource, e.record_id AS "recordId", e.before, e.after`,
  filters: {
    id: { expr: 'e.id', type: 'int' },
    resource: { expr: 'e.resource', type: 'text' },
    recordId: { expr: 'e.record_id', type: 'text' },
    actorId: { expr: 'e.actor_id', type: 'uuid' },
    action: { expr: 'e.action', type: 'text', values: AUDIT_ACTIONS },
    occurredAt: { expr: 'e.occurred_at', type: 'timestamp', range: true },
  },
  search: `(e.resource || ' ' || coalesce(e.actor_username, ''))`,
  sorts: { occurredAt: 'e.occurred_at', id: 'e.id', resource: 'e.resource', action: 'e.action' },
  defaultSort: { field: 'occurredAt', order: 'DESC' },
  tieBreaker: 'e.id',
};

/** The audit trail: every change, with who, when, and the record before and after. */
@Injectable()
export class AuditService {
  constructor(private readonly read: PoolReader) {}

  /** Records a change inside the caller's transaction, so the trail and the change commit together. */
  async record(tx: Queryable, actor: Pick<Actor, 'id' | 'username'> | null, action: AuditAction, resource: string, recordId: string, before: object | null, after: object | null): Promise<void> {
    await tx.query(
      `INSERT INTO audit_events (actor_id, actor_username, action, resource, record_id, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [actor?.id ?? null, actor?.username ?? 'sistema', action, resource, recordId, JSON.stringify(redact(before)), JSON.stringify(redact(after))],
    );
  }

  list(params: ListParams): Promise<Page<unknown>> {
    return runList(this.read, spec, params, new SqlParams());
  }

  async findOne(id: string): Promise<unknown | undefined> {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const p = new SqlParams();
    const rows = await this.read.query<unknown[]>(selectSql(spec, [`e.id = ${p.add(id)}`], p), p.values);
    return rows[0];
  }
}
