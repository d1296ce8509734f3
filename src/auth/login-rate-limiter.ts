import { CanActivate, ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Environment } from '../config/environment';

const WINDOW_SECONDS = 15 * 60;

const keysOf = (req: Request) => {
  const username = String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase().slice(0, 60);
  return { account: `login:${req.ip}|${username}`, address: `login-ip:${req.ip}` };
};

/**
 * Failed logins counted in PostgreSQL, so that every API instance shares one limit: per address
 * and account (guessing one password) and, ten times looser, per address (trying many accounts).
 * Past a limit, logins from there wait until the 15-minute window ends. A successful login clears
 * its account's count; many people behind one office address are not locked out by each other.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly env: Environment,
  ) {}

  /** Seconds to wait, or 0 when this address and account may try. */
  async retryAfter(req: Request): Promise<number> {
    const { account, address } = keysOf(req);
    const rows = await this.db.query<{ key: string; hits: number; wait: number }[]>(
      `SELECT key, hits, greatest(ceil(extract(epoch FROM window_ends_at - now())), 1)::int AS wait
         FROM rate_limits WHERE key = ANY($1) AND window_ends_at > now()`,
      [[account, address]],
    );
    const limits: Record<string, number> = { [account]: this.env.LOGIN_MAX_ATTEMPTS, [address]: this.env.LOGIN_MAX_ATTEMPTS * 10 };
    return Math.max(0, ...rows.filter((r) => r.hits >= limits[r.key]).map((r) => r.wait));
  }

  async recordFailure(req: Request): Promise<void> {
    const { account, address } = keysOf(req);
    await this.db.query(
      `INSERT INTO rate_limits AS r (key, hits, window_ends_at) SELECT unnest($1::text[]), 1, now() + $2 * interval '1 second'
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.window_ends_at <= now() THEN now() + $2 * interval '1 second' ELSE r.window_ends_at END`,
      [[account, address], WINDOW_SECONDS],
    );
  }

  async recordSuccess(req: Request): Promise<void> {
    await this.db.query(`DELETE FROM rate_limits WHERE key = $1`, [keysOf(req).account]);
  }
}

/** Refuses a login with 429 while its address or account is over the limit of failed attempts. */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  constructor(private readonly limiter: LoginRateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const wait = await this.limiter.retryAfter(context.switchToHttp().getRequest<Request>());
    if (wait > 0) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(wait));
      throw new HttpException(
        { statusCode: 429, message: 'Demasiados intentos fallidos de inicio de sesión. Espere 15 minutos e intente de nuevo.' },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return true;
  }
}
