import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';

export interface Counter {
  id: string;
  buildingId: string;
  spaceId: string;
  agencyId: string;
  label: string;
  active: boolean;
  serviceIds: string[];
  clerkId: string | null;
  pausedReason: string | null;
  currentTicketId: string | null;
  [field: string]: unknown;
}

export interface CounterWrite {
  buildingId?: string;
  spaceId?: string;
  agencyId?: string;
  label?: string;
  active?: boolean;
}

const COLUMNS: ColumnMap<CounterWrite> = { buildingId: 'building_id', spaceId: 'space_id', agencyId: 'agency_id', label: 'label', active: 'active' };

export const counterTies = { building: 'c.building_id', agency: 'c.agency_id' } as const;

const spec: ListSpec = {
  from: 'counters c',
  select: `c.id, c.building_id AS "buildingId", b.code AS "buildingCode", c.space_id AS "spaceId", s.code AS "spaceCode",
    c.agency_id AS "agencyId", g.acronym AS "agencyAcronym", c.label, c.active,
    COALESCE((SELECT array_agg(x.service_id ORDER BY x.position) FROM counter_services x WHERE x.counter_id = c.id), '{}') AS "serviceIds",
    c.clerk_id AS "clerkId", u.full_name AS "clerkName", c.signed_in_at AS "signedInAt", c.paused_reason AS "pausedReason",
    c.paused_at AS "pausedAt",
    (SELECT v.ticket_id FROM ticket_visits v WHERE v.counter_id = c.id AND v.status IN ('called','serving')) AS "currentTicketId",
    c.created_at AS "createdAt", c.updated_at AS "updatedAt"`,
  pageJoins: `JOIN buildings b ON b.id = c.building_id JOIN spaces s ON s.id = c.space_id JOIN agencies g ON g.id = c.agency_id
    LEFT JOIN users u ON u.id = c.clerk_id`,
  filters: {
    id: { expr: 'c.id', type: 'uuid' },
    buildingId: { expr: 'c.building_id', type: 'uuid' },
    agencyId: { expr: 'c.agency_id', type: 'uuid' },
    active: { expr: 'c.active', type: 'bool' },
    clerkId: { expr: 'c.clerk_id', type: 'uuid' },
  },
  custom: {
    serviceId: (value, p) => `EXISTS (SELECT 1 FROM counter_services x WHERE x.counter_id = c.id AND x.service_id = ${p.add(String(value))}::uuid)`,
  },
  search: 'c.label',
  sorts: { label: 'c.label', createdAt: 'c.created_at' },
  defaultSort: { field: 'label', order: 'ASC' },
  tieBreaker: 'c.id',
};

/** A counter's services in its order, each with its line's heads and today's fairness counter. */
export interface LineRow {
  serviceId: string;
  generalsSincePreferential: number;
  generalId: string | null;
  generalAt: string | null;
  preferentialId: string | null;
  preferentialAt: string | null;
}

@Injectable()
export class CountersRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<Counter>> {
    const p = new SqlParams();
    return runList(this.read, spec, params, p, scopeOf(actor, p, counterTies));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<Counter | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Counter[]>(selectSql(spec, [`c.id = ${p.add(id)}`, ...scopeOf(actor, p, counterTies)], p), p.values);
    return rows[0];
  }

  /**
   * The counter, its row locked until the transaction ends: calls at one counter go one at a time.
   * Read in the statement that takes the lock, its own columns are the latest; its current ticket,
   * when another call there committed while this one waited, may not be, and then the call's update
   * meets uq_ticket_visits_counter (409).
   */
  async lockOne(actor: Actor, id: string, tx: Queryable): Promise<Counter | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Counter[]>(`${selectSql(spec, [`c.id = ${p.add(id)}`, ...scopeOf(actor, p, counterTies)], p)} FOR UPDATE OF c`, p.values);
    return rows[0];
  }

  insert(tx: Queryable, data: CounterWrite): Promise<string> {
    return insertRow(tx, 'counters', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: CounterWrite): Promise<void> {
    return updateRow(tx, 'counters', COLUMNS, id, data);
  }

  /** The space's type, and the agency holding it today under an active agreement (if any). */
  async spaceHolder(tx: Queryable, buildingId: string, spaceId: string, day: string): Promise<{ type: string; agencyId: string | null } | undefined> {
    const rows = await tx.query<{ type: string; agencyId: string | null }[]>(
      `SELECT s.type,
              (SELECT a.agency_id FROM agreement_spaces x JOIN agreements a ON a.id = x.agreement_id
                WHERE x.space_id = s.id AND x.blocking AND x.period @> $3::date AND a.status = 'active' LIMIT 1) AS "agencyId"
         FROM spaces s WHERE s.id = $2 AND s.building_id = $1`,
      [buildingId, spaceId, day],
    );
    return rows[0];
  }

  /** Replaces the counter's services (in order); answers how many are the building's and the agency's. */
  async setServices(tx: Queryable, id: string, buildingId: string, agencyId: string, serviceIds: string[]): Promise<number> {
    await tx.query(`DELETE FROM counter_services WHERE counter_id = $1`, [id]);
    const rows = await tx.query<unknown[]>(
      `INSERT INTO counter_services (counter_id, service_id, position)
       SELECT $1, qs.id, o.n - 1 FROM unnest($2::uuid[]) WITH ORDINALITY o(id, n)
         JOIN queue_services qs ON qs.id = o.id AND qs.building_id = $3 AND qs.agency_id = $4
       RETURNING 1`,
      [id, serviceIds, buildingId, agencyId],
    );
    return rows.length;
  }

  async signIn(tx: Queryable, id: string, clerkId: string): Promise<void> {
    await tx.query(`UPDATE counters SET clerk_id = NULL, signed_in_at = NULL WHERE clerk_id = $1 AND id <> $2`, [clerkId, id]);
    await tx.query(`UPDATE counters SET clerk_id = $2, signed_in_at = now(), updated_at = now() WHERE id = $1`, [id, clerkId]);
  }

  async signOut(tx: Queryable, id: string): Promise<void> {
    await tx.query(`UPDATE counters SET clerk_id = NULL, signed_in_at = NULL, paused_reason = NULL, paused_at = NULL, updated_at = now() WHERE id = $1`, [id]);
  }

  async pause(tx: Queryable, id: string, reason: string | null): Promise<void> {
    await tx.query(
      `UPDATE counters SET paused_reason = $2, paused_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, updated_at = now() WHERE id = $1`,
      [id, reason],
    );
  }

  /**
   * The counter's lines for today, in the counter's order, locked for this call: each service's
   * fairness row (created when new), then the oldest waiting visit of each category, read once the
   * locks are held so that it sees every call committed before. Services are locked in id order, so that
   * counters sharing services never wait for each other in a cycle. A ticket left waiting on an
   * earlier day is not called: its day is over.
   */
  async lines(tx: Queryable, counterId: string, day: string): Promise<LineRow[]> {
    // One statement creates the missing rows and locks them all (a no-op update locks an existing row).
    const locked = await tx.query<{ serviceId: string; position: number; generalsSincePreferential: number }[]>(
      `WITH s AS (SELECT service_id, position FROM counter_services WHERE counter_id = $1),
            d AS (
              INSERT INTO queue_days (service_id, day, last_number) SELECT service_id, $2, 0 FROM s ORDER BY service_id
              ON CONFLICT (service_id, day) DO UPDATE SET generals_since_preferential = queue_days.generals_since_preferential
              RETURNING service_id, generals_since_preferential)
       SELECT d.service_id AS "serviceId", s.position, d.generals_since_preferential AS "generalsSincePreferential"
         FROM d JOIN s USING (service_id)`,
      [counterId, day],
    );
    if (!locked.length) return [];
    const ids = locked.map((s) => s.serviceId);
    const heads = await tx.query<{ serviceId: string; category: string; id: string; queuedAt: string }[]>(
      `SELECT h.* FROM unnest($1::uuid[]) s(id) CROSS JOIN (VALUES ('general'), ('preferential')) k(category)
         CROSS JOIN LATERAL (
           SELECT v.service_id AS "serviceId", v.category, v.id, v.queued_at AS "queuedAt" FROM ticket_visits v
            WHERE v.service_id = s.id AND v.category = k.category AND v.status = 'waiting'
              AND v.queued_at >= ($2::date)::timestamp AT TIME ZONE 'America/Mexico_City'
            ORDER BY v.queued_at, v.id LIMIT 1) h`,
      [ids, day],
    );
    return [...locked]
      .sort((a, b) => a.position - b.position)
      .map((row) => {
        const head = (category: string) => heads.find((h) => h.serviceId === row.serviceId && h.category === category);
        const general = head('general');
        const preferential = head('preferential');
        return {
          serviceId: row.serviceId, generalsSincePreferential: row.generalsSincePreferential,
          generalId: general?.id ?? null, generalAt: general?.queuedAt ?? null,
          preferentialId: preferential?.id ?? null, preferentialAt: preferential?.queuedAt ?? null,
        };
      });
  }
}
