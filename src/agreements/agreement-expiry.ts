import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Queryable } from '../common/sql-params';
import { today } from '../common/today';

/** Marks active agreements whose end date has passed as expired, with their audit events. Idempotent. */
export async function expireAgreements(db: Queryable): Promise<number> {
  const rows = await db.query<unknown[]>(
    `WITH expired AS (
       UPDATE agreements SET status = 'expired', updated_at = now()
        WHERE status = 'active' AND end_date < $1::date
       RETURNING id)
     INSERT INTO audit_events (actor_username, action, resource, record_id, before, after)
     SELECT 'sistema', 'update', 'agreements', id::text, '{"status":"active"}', '{"status":"expired"}' FROM expired
     RETURNING record_id`,
    [today()],
  );
  return rows.length;
}

/** Runs the expiry every hour on every instance; the UPDATE makes concurrent runs harmless. */
@Injectable()
export class AgreementExpiryJob {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Cron(CronExpression.EVERY_HOUR, { timeZone: 'America/Mexico_City' })
  run(): Promise<number> {
    return expireAgreements(this.db);
  }
}
