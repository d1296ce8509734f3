import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Queryable } from '../common/sql-params';
import { Environment } from '../config/environment';

const WINDOW_SECONDS = 15 * 60;
/** Longest pause the account-wide slowdown imposes between two evaluated attempts. */
const MAX_SPACING_SECONDS = 60;

interface Counter {
  key: string;
  hits: number;
  expired: boolean;
  windowLeft: number;
  spacingLeft: number;
}

/** What a login attempt is counted against: the resolved account (or the normalised unknown name) and the address. */
export interface LoginSubject {
  account: string;
  address: string;
}

/**
 * Login attempts counted in PostgreSQL before the password is evaluated, under row locks, so that
 * every API instance shares one count and concurrent attempts cannot all slip through:
 * - per account and address: LOGIN_MAX_ATTEMPTS evaluations per 15 minutes, then that address
 *   waits for the window to end (guessing one password from one place);
 * - per account, from every address: past LOGIN_MAX_ATTEMPTS, evaluations are spaced by a delay that
 *   doubles up to a minute (guessing from many places) — a slowdown, never a lockout of the owner.
 * Nothing is counted per address across accounts: behind a load balancer or an office's NAT that
 * would lock everyone out. A successful login clears both counts of its account.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly env: Environment,
  ) {}

  /** Takes one evaluation for this attempt, or answers how many seconds to wait. */
  async reserve(subject: LoginSubject): Promise<{ granted: true } | { granted: false; wait: number }> {
    const pair = `login:${subject.account}|${subject.address}`;
    const account = `login:${subject.account}`;
    const limit = this.env.LOGIN_MAX_ATTEMPTS;
    return this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO rate_limits (key, hits, window_ends_at) SELECT unnest($1::text[]), 0, now() + $2 * interval '1 second' ON CONFLICT (key) DO NOTHING`,
        [[pair, account], WINDOW_SECONDS],
      );
      const rows = await tx.query<Counter[]>(
        `SELECT key, hits, window_ends_at <= now() AS expired,
                greatest(ceil(extract(epoch FROM window_ends_at - now())), 1)::int AS "windowLeft",
                greatest(ceil(extract(epoch FROM COALESCE(blocked_until, now()) - now())), 0)::int AS "spacingLeft"
           FROM rate_limits WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`,
        [[pair, account]],
      );
      const fresh = (c: Counter) => (c.expired ? { ...c, hits: 0, spacingLeft: 0 } : c);
      const p = fresh(rows.find((r) => r.key === pair)!);
      const a = fresh(rows.find((r) => r.key === account)!);
      if (p.hits >= limit) return { granted: false as const, wait: p.expired ? 1 : p.windowLeft };
      if (a.hits >= limit && a.spacingLeft > 0) return { granted: false as const, wait: a.spacingLeft };
      const spacing = a.hits + 1 >= limit ? Math.min(2 ** (a.hits + 1 - limit), MAX_SPACING_SECONDS) : 0;
      await this.take(tx, pair, p.expired, 0);
      await this.take(tx, account, a.expired, spacing);
      return { granted: true as const };
    });
  }

  /** After a good password: the account starts afresh, from every address. */
  async clear(subject: LoginSubject): Promise<void> {
    await this.db.query(`DELETE FROM rate_limits WHERE key = ANY($1::text[])`, [[`login:${subject.account}|${subject.address}`, `login:${subject.account}`]]);
  }

  private async take(tx: Queryable, key: string, expired: boolean, spacingSeconds: number): Promise<void> {
    await tx.query(
      `UPDATE rate_limits SET
         hits = CASE WHEN $2 THEN 1 ELSE hits + 1 END,
         window_ends_at = CASE WHEN $2 THEN now() + $3 * interval '1 second' ELSE window_ends_at END,
         blocked_until = CASE WHEN $4 > 0 THEN now() + $4 * interval '1 second' ELSE NULL END
       WHERE key = $1`,
      [key, expired, WINDOW_SECONDS, spacingSeconds],
    );
  }
}

export class TooManyLogins extends HttpException {
  constructor(readonly wait: number) {
    super(
      { statusCode: 429, message: `Demasiados intentos fallidos de inicio de sesión. Espere ${wait < 120 ? `${wait} segundos` : `${Math.ceil(wait / 60)} minutos`} e intente de nuevo.` },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
