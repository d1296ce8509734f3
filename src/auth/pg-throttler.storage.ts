import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { DataSource } from 'typeorm';

/** Rate-limit counters in PostgreSQL, so that every API instance counts the same attempts. */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const rows = await this.db.query<{ hits: number; expires_in: number; blocked_for: number }[]>(
      `INSERT INTO rate_limits AS r (key, hits, window_ends_at)
       VALUES ($1, 1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.window_ends_at <= now() THEN now() + $2 * interval '1 millisecond' ELSE r.window_ends_at END,
         blocked_until = CASE
           WHEN r.blocked_until > now() THEN r.blocked_until
           WHEN (CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END) > $3 THEN now() + $4 * interval '1 millisecond'
           ELSE NULL END
       RETURNING hits,
         ceil(extract(epoch FROM window_ends_at - now()))::int AS expires_in,
         COALESCE(ceil(extract(epoch FROM blocked_until - now()))::int, 0) AS blocked_for`,
      [`${throttlerName}:${key}`, ttl, limit, blockDuration],
    );
    const { hits, expires_in, blocked_for } = rows[0];
    return { totalHits: hits, timeToExpire: Math.max(expires_in, 0), isBlocked: blocked_for > 0, timeToBlockExpire: Math.max(blocked_for, 0) };
  }
}
