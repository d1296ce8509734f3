import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { scopeOf } from '../common/scope';
import { type Queryable, returning, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import { TICKET_CATEGORIES, VISIT_STATUSES, type TicketCategory } from './dto/queue.dto';

/** A ticket as staff see it: the citizen's ticket and its current visit. */
export interface Ticket {
  id: string;
  code: string;
  buildingId: string;
  serviceId: string;
  agencyId: string;
  category: TicketCategory;
  status: (typeof VISIT_STATUSES)[number];
  visitId: string;
  counterId: string | null;
  clerkId: string | null;
  recalls: number;
  nextServiceId: string | null;
  issuedAt: string;
  day: string;
  statusToken?: string;
  [field: string]: unknown;
}

export const visitTies = { building: 't.building_id', agency: 't.agency_id' } as const;

const spec: ListSpec = {
  from: 'current_tickets t',
  select: `t.id, t.code, t.building_id AS "buildingId", t.service_id AS "serviceId", qs.name AS "serviceName", qs.prefix,
    t.agency_id AS "agencyId", g.acronym AS "agencyAcronym", t.category, t.status, t.visit_id AS "visitId", t.counter_id AS "counterId",
    c.label AS "counterLabel", t.clerk_id AS "clerkId", t.recalls, t.outcome, t.next_service_id AS "nextServiceId",
    t.origin_service_id AS "originServiceId", to_char(t.day, 'YYYY-MM-DD') AS day, t.issued_at AS "issuedAt",
    t.called_at AS "calledAt", t.started_at AS "startedAt", t.finished_at AS "finishedAt", t.procedure_id AS "procedureId"`,
  pageJoins: `JOIN queue_services qs ON qs.id = t.service_id JOIN agencies g ON g.id = t.agency_id LEFT JOIN counters c ON c.id = t.counter_id`,
  filters: {
    id: { expr: 't.id', type: 'uuid' },
    buildingId: { expr: 't.building_id', type: 'uuid' },
    serviceId: { expr: 't.service_id', type: 'uuid' },
    agencyId: { expr: 't.agency_id', type: 'uuid' },
    counterId: { expr: 't.counter_id', type: 'uuid' },
    status: { expr: 't.status', type: 'text', values: VISIT_STATUSES },
    category: { expr: 't.category', type: 'text', values: TICKET_CATEGORIES },
    day: { expr: 't.day', type: 'date', range: true },
    code: { expr: 't.code', type: 'text' },
  },
  search: 't.code',
  sorts: { issuedAt: 't.issued_at', code: 't.code', status: 't.status', calledAt: 't.called_at' },
  notNullSorts: ['issuedAt'],
  defaultSort: { field: 'issuedAt', order: 'DESC' },
  tieBreaker: 't.id',
};

/** A service's count of general calls since its last preferential one, for the day (call-order.ts). */
export interface Fairness {
  day: string;
  generalsSincePreferential: number;
}

@Injectable()
export class TicketsRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<Ticket>> {
    const p = new SqlParams();
    return runList(this.read, spec, params, p, scopeOf(actor, p, visitTies));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<Ticket | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Ticket[]>(selectSql(spec, [`t.id = ${p.add(id)}`, ...scopeOf(actor, p, visitTies)], p), p.values);
    return rows[0];
  }

  /** The ticket as it is, whoever asks: the answer to a step the actor was entitled to take. */
  async findById(id: string, tx: Queryable = this.read): Promise<Ticket | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Ticket[]>(selectSql(spec, [`t.id = ${p.add(id)}`], p), p.values);
    return rows[0];
  }

  /** The ticket whose current visit this is, locked, for a step on it. */
  async lockCurrent(actor: Actor, id: string, tx: Queryable): Promise<Ticket | undefined> {
    await tx.query(`SELECT 1 FROM ticket_visits WHERE id = (SELECT current_visit_id FROM tickets WHERE id = $1) FOR UPDATE`, [id]);
    return this.findOne(actor, id, tx);
  }

  /** The next number of the service today, the row locked until the transaction ends (issuers queue on it). */
  async nextNumber(tx: Queryable, serviceId: string, day: string): Promise<number> {
    const [row] = await tx.query<{ n: number }[]>(
      `INSERT INTO queue_days (service_id, day, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (service_id, day) DO UPDATE SET last_number = queue_days.last_number + 1
       RETURNING last_number AS n`,
      [serviceId, day],
    );
    return row.n;
  }

  async insertTicket(
    tx: Queryable,
    t: { buildingId: string; serviceId: string; day: string; number: number; code: string; category: string; issuedBy: string | null;
      procedureId: string | null; nextServiceId: string | null; statusToken: string },
  ): Promise<{ id: string; issuedAt: string }> {
    const [row] = await tx.query<{ id: string; issuedAt: string }[]>(
      `INSERT INTO tickets (building_id, origin_service_id, day, number, code, category, issued_by, procedure_id, next_service_id, status_token)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, issued_at AS "issuedAt"`,
      [t.buildingId, t.serviceId, t.day, t.number, t.code, t.category, t.issuedBy, t.procedureId, t.nextServiceId, t.statusToken],
    );
    return row;
  }

  /** A new waiting visit of the ticket at a service, queued at the ticket's issue time; it becomes the current one. */
  async queueVisit(tx: Queryable, ticketId: string, serviceId: string): Promise<string> {
    const [row] = await returning<{ id: string }>(
      tx,
      `WITH visit AS (
         INSERT INTO ticket_visits (ticket_id, building_id, service_id, agency_id, category, queued_at)
         SELECT t.id, t.building_id, qs.id, qs.agency_id, t.category, t.issued_at
           FROM tickets t JOIN queue_services qs ON qs.id = $2 AND qs.building_id = t.building_id WHERE t.id = $1
         RETURNING id)
       UPDATE tickets SET current_visit_id = (SELECT id FROM visit) WHERE id = $1 RETURNING current_visit_id AS id`,
      [ticketId, serviceId],
    );
    return row.id;
  }

  /** Moves the visit on if it is in one of `from`; false when it was not (another step came first). */
  async step(tx: Queryable, visitId: string, from: readonly string[], set: Record<string, unknown>): Promise<boolean> {
    const p = new SqlParams();
    const assignments = Object.entries(set).map(([column, value]) => (value === NOW ? `${column} = now()` : `${column} = ${p.add(value)}`));
    const rows = await returning(
      tx,
      `UPDATE ticket_visits SET ${assignments.join(', ')} WHERE id = ${p.add(visitId)} AND status = ANY(${p.add(from)}::text[]) RETURNING 1`,
      p.values,
    );
    return rows.length > 0;
  }

  /**
   * Calls a waiting visit to a counter; its ticket's id, or undefined when another counter called it
   * first. With `fairness`, the same statement keeps the count of the called visit's service for the
   * day (call-order.ts), so that the count moves exactly when a call is made.
   */
  async callVisit(tx: Queryable, visitId: string, counterId: string, clerkId: string | null, fairness?: Fairness): Promise<string | undefined> {
    const rows = await returning<{ ticketId: string }>(
      tx,
      `WITH called AS (
         UPDATE ticket_visits SET status = 'called', counter_id = $2, clerk_id = $3, called_at = now()
          WHERE id = $1 AND status = 'waiting' RETURNING ticket_id, service_id),
       fairness AS (
         UPDATE queue_days d SET generals_since_preferential = $5
           FROM called WHERE $4::date IS NOT NULL AND d.service_id = called.service_id AND d.day = $4::date)
       SELECT ticket_id AS "ticketId" FROM called`,
      [visitId, counterId, clerkId, fairness?.day ?? null, fairness?.generalsSincePreferential ?? 0],
    );
    return rows[0]?.ticketId;
  }

  async clearNextService(tx: Queryable, ticketId: string): Promise<void> {
    await tx.query(`UPDATE tickets SET next_service_id = NULL WHERE id = $1`, [ticketId]);
  }

  /**
   * Where a waiting visit stands: its place in its service's line (1 = next), and the wait to
   * expect from the last hour's service times at that service, shared by its open counters.
   */
  async standing(visitId: string, tx: Queryable = this.read): Promise<{ position: number; estimatedWaitMinutes: number } | undefined> {
    const rows = await tx.query<{ position: number; estimatedWaitMinutes: number }[]>(
      `SELECT ahead.n + 1 AS position,
              ceil((ahead.n + 1)
                   * COALESCE((SELECT avg(extract(epoch FROM w.finished_at - w.started_at)) / 60 FROM ticket_visits w
                                WHERE w.service_id = v.service_id AND w.status = 'done' AND w.finished_at > now() - interval '1 hour'), 5)
                   / GREATEST((SELECT count(*) FROM counter_services x JOIN counters c ON c.id = x.counter_id
                                WHERE x.service_id = v.service_id AND c.active AND c.clerk_id IS NOT NULL AND c.paused_at IS NULL), 1))::int
                AS "estimatedWaitMinutes"
         FROM ticket_visits v
        CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM ticket_visits w
                             WHERE w.service_id = v.service_id AND w.status = 'waiting' AND (w.queued_at, w.id) < (v.queued_at, v.id)) ahead
        WHERE v.id = $1 AND v.status = 'waiting'`,
      [visitId],
    );
    return rows[0];
  }

  /** A citizen's view of its ticket, by the token printed on it (today's tickets only). */
  async byToken(token: string, day: string): Promise<PublicTicket | undefined> {
    const rows = await this.read.query<PublicTicket[]>(
      `SELECT t.code, b.code AS "buildingCode", qs.name AS "serviceName", g.acronym AS "agencyAcronym", t.category, v.status,
              c.label AS "counterLabel", v.id AS "visitId", t.issued_at AS "issuedAt", v.called_at AS "calledAt", v.finished_at AS "finishedAt",
              v.outcome, (SELECT 1 FROM queue_ratings r WHERE r.visit_id = v.id) IS NOT NULL AS rated
         FROM tickets t JOIN ticket_visits v ON v.id = t.current_visit_id JOIN buildings b ON b.id = t.building_id
         JOIN queue_services qs ON qs.id = v.service_id JOIN agencies g ON g.id = v.agency_id LEFT JOIN counters c ON c.id = v.counter_id
        WHERE t.status_token = $1 AND t.day = $2`,
      [token, day],
    );
    return rows[0];
  }

  /** Rates the visit once, anonymously; false when it was already rated or is not done. */
  async rate(tx: Queryable, visitId: string, rating: number, comment: string | null, day: string): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `INSERT INTO queue_ratings (visit_id, building_id, service_id, counter_id, rating, comment, rated_on)
       SELECT v.id, v.building_id, v.service_id, v.counter_id, $2, $3, $4 FROM ticket_visits v WHERE v.id = $1 AND v.status = 'done'
       ON CONFLICT (visit_id) DO NOTHING RETURNING 1`,
      [visitId, rating, comment, day],
    );
    return rows.length > 0;
  }
}

/** Set a column to the transaction's time in `step`. */
export const NOW = Symbol('now');

export interface PublicTicket {
  code: string;
  buildingCode: string;
  serviceName: string;
  agencyAcronym: string;
  category: TicketCategory;
  status: string;
  counterLabel: string | null;
  visitId: string;
  issuedAt: string;
  calledAt: string | null;
  finishedAt: string | null;
  outcome: string | null;
  rated: boolean;
}
