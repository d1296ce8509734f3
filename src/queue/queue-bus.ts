import { EventEmitter } from 'node:events';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type { Queryable } from '../common/sql-params';
import { DatabaseConnection } from '../database/data-source';
import { PoolReader } from '../database/pool-reader';

const CHANNEL = 'csa_queue';

/** What the screens learn of a step in a line; `public` is what a waiting room may see. */
export interface QueueEvent {
  id: string;
  buildingId: string;
  at: string;
  action: string;
  ticketId: string | null;
  serviceId: string | null;
  counterId: string | null;
  agencyId: string | null;
  public: { code: string; counter?: string; service?: string } | null;
}

export type QueueStep = Omit<QueueEvent, 'id' | 'at'> & { visitId?: string | null; userId?: string | null; reason?: string | null };

const EVENT_FIELDS = `e.id::text AS id, e.building_id AS "buildingId", e.at, e.action, e.ticket_id AS "ticketId", e.service_id AS "serviceId",
  e.counter_id AS "counterId", e.agency_id AS "agencyId", e.public`;

/**
 * Every step of every line is a row of `queue_events`, written in the step's transaction. The
 * screens hear of it through PostgreSQL: on a real server a NOTIFY sent with the transaction (so
 * it reaches every instance when, and only when, the step is committed); on the embedded database,
 * which has one session and one process, from this process once the transaction is committed. A
 * screen that reconnects asks for what came after the last event it saw.
 */
@Injectable()
export class QueueBus implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(QueueBus.name);
  private readonly local = new EventEmitter();
  private listener?: Client;
  private closing = false;

  constructor(
    private readonly connection: DatabaseConnection,
    private readonly read: PoolReader,
  ) {
    this.local.setMaxListeners(0);
  }

  async onModuleInit(): Promise<void> {
    if (!this.connection.embedded) await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.listener?.end().catch(() => undefined);
  }

  /** Records a step in the caller's transaction; call `announce` with what it returns once committed. */
  async record(tx: Queryable, step: QueueStep): Promise<QueueEvent> {
    // On a real server the NOTIFY goes in the same statement: one round trip less on every step.
    const notify = this.connection.embedded ? '' : `, pg_notify('${CHANNEL}', row_to_json(v)::text) IS NULL AS notified`;
    const [{ notified: _, ...event }] = await tx.query<(QueueEvent & { notified?: boolean })[]>(
      `WITH e AS (
         INSERT INTO queue_events (building_id, action, ticket_id, visit_id, service_id, counter_id, user_id, reason, public, agency_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)
         RETURNING *),
       v AS (SELECT ${EVENT_FIELDS} FROM e)
       SELECT v.*${notify} FROM v`,
      [step.buildingId, step.action, step.ticketId, step.visitId ?? null, step.serviceId, step.counterId, step.userId ?? null, step.reason ?? null,
        step.public ? JSON.stringify(step.public) : null, step.agencyId],
    );
    return event;
  }

  /** After commit: on the embedded database, tell this process's screens (a real server's NOTIFY already did). */
  announce(events: QueueEvent[]): void {
    if (this.connection.embedded) for (const event of events) this.local.emit('event', event);
  }

  subscribe(listener: (event: QueueEvent) => void): () => void {
    this.local.on('event', listener);
    return () => this.local.off('event', listener);
  }

  /** A building's events after `afterId` (at most `limit`), oldest first: what a reconnecting screen missed. */
  since(buildingId: string, afterId: string, limit = 500): Promise<QueueEvent[]> {
    return this.read.query<QueueEvent[]>(
      `SELECT ${EVENT_FIELDS} FROM queue_events e WHERE e.building_id = $1 AND e.id > $2::bigint ORDER BY e.id LIMIT $3`,
      [buildingId, afterId, limit],
    );
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.connection.url });
    let dead = false;
    const lost = (why: string) => {
      if (dead) return;
      dead = true;
      if (this.listener === client) this.listener = undefined;
      client.end().catch(() => undefined);
      if (this.closing) return;
      this.logger.warn(`Se perdió la escucha de la fila (${why}); se reintenta`);
      this.retry();
    };
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      this.local.emit('event', JSON.parse(message.payload) as QueueEvent);
    });
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('conexión cerrada'));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private retry(): void {
    setTimeout(() => {
      if (this.closing) return;
      this.listen().catch((error: Error) => {
        this.logger.warn(`No se pudo reanudar la escucha de la fila: ${error.message}`);
        this.retry();
      });
    }, 1000).unref();
  }
}
