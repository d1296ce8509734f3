import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Queryable } from '../common/sql-params';
import { today } from '../common/today';
import { refreshMonthsOf } from '../operations/operations-rollup';

export interface LogFill {
  date: string;
  buildingIds?: string[];
  /** Replace days typed or imported by hand too. */
  overwrite?: boolean;
}

/**
 * The operations log fills itself where a building uses the queue: a day's visitors per agency are
 * the tickets issued for its services, its procedures the visits it finished as served. A day typed
 * or imported by hand stays as it is unless `overwrite` says otherwise. Set-based, and decided by one
 * instance at a time (an advisory lock): the others skip that run.
 */
export async function fillLogFromQueue(tx: Queryable, fill: LogFill): Promise<number> {
  const [{ locked }] = await tx.query<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock(hashtext('csa.queue_log')) AS locked`);
  if (!locked) return 0;
  await tx.query(
    `CREATE TEMP TABLE queue_log_counts ON COMMIT DROP AS
     WITH issued AS (
       SELECT t.building_id, qs.agency_id, count(*)::int AS visitors
         FROM tickets t JOIN queue_services qs ON qs.id = t.origin_service_id
        WHERE t.day = $1 AND ($2::uuid[] IS NULL OR t.building_id = ANY($2))
        GROUP BY 1, 2),
     served AS (
       SELECT v.building_id, v.agency_id, count(*)::int AS procedures
         FROM ticket_visits v JOIN tickets t ON t.id = v.ticket_id
        WHERE t.day = $1 AND v.status = 'done' AND v.outcome = 'served' AND ($2::uuid[] IS NULL OR t.building_id = ANY($2))
        GROUP BY 1, 2)
     SELECT COALESCE(i.building_id, s.building_id) AS building_id, COALESCE(i.agency_id, s.agency_id) AS agency_id,
            COALESCE(i.visitors, 0) AS visitors, COALESCE(s.procedures, 0) AS procedures
       FROM issued i FULL JOIN served s ON s.building_id = i.building_id AND s.agency_id = i.agency_id`,
    [fill.date, fill.buildingIds ?? null],
  );
  const days = await tx.query<{ building_id: string }[]>(
    `INSERT INTO operation_days AS od (building_id, date, status, visitors, procedures, source)
     SELECT building_id, $1, 'open', sum(visitors), sum(procedures), 'queue' FROM queue_log_counts GROUP BY building_id
     ON CONFLICT (building_id, date) DO UPDATE
        SET status = 'open', closed_reason = NULL, visitors = EXCLUDED.visitors, procedures = EXCLUDED.procedures, source = 'queue', updated_at = now()
      WHERE od.source = 'queue' OR $2::boolean
     RETURNING od.building_id`,
    [fill.date, fill.overwrite ?? false],
  );
  if (!days.length) return 0;
  const buildings = days.map((d) => d.building_id);
  await tx.query(`DELETE FROM operation_counts WHERE date = $1 AND building_id = ANY($2::uuid[])`, [fill.date, buildings]);
  await tx.query(
    `INSERT INTO operation_counts (building_id, date, agency_id, visitors, procedures)
     SELECT building_id, $1, agency_id, visitors, procedures FROM queue_log_counts WHERE building_id = ANY($2::uuid[])`,
    [fill.date, buildings],
  );
  await refreshMonthsOf(tx, `SELECT DISTINCT b AS building_id, date_trunc('month', $2::date)::date AS month FROM unnest($1::uuid[]) b`, [buildings, fill.date]);
  return buildings.length;
}

/** Today's log from today's tickets, every five minutes; the day before once more after midnight. */
@Injectable()
export class QueueLogJob {
  private readonly logger = new Logger(QueueLogJob.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  fill(fill: LogFill): Promise<number> {
    return this.db.transaction((tx) => fillLogFromQueue(tx, fill));
  }

  @Cron('*/5 * * * *', { timeZone: 'America/Mexico_City' })
  async today(): Promise<void> {
    await this.fill({ date: today() }).catch((error: Error) => this.logger.warn(`No se llenó la bitácora desde los turnos: ${error.message}`));
  }

  @Cron('15 0 * * *', { timeZone: 'America/Mexico_City' })
  async yesterday(): Promise<void> {
    const day = new Date(`${today()}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    await this.fill({ date: day.toISOString().slice(0, 10) }).catch((error: Error) => this.logger.warn(`No se llenó la bitácora de ayer: ${error.message}`));
  }
}
