import { type CanActivate, type ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Environment } from '../config/environment';

const WINDOW_SECONDS = 15 * 60;

/**
 * Counts login attempts in PostgreSQL, so that every API instance shares one limit: per address
 * and account (guessing one password) and, ten times looser, per address (trying many accounts).
 * Past the limit the key stays blocked until its 15-minute window ends.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly env: Environment,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const username = String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase().slice(0, 60);
    const limits: [string, number][] = [
      [`login:${req.ip}|${username}`, this.env.LOGIN_MAX_ATTEMPTS],
      [`login-ip:${req.ip}`, this.env.LOGIN_MAX_ATTEMPTS * 10],
    ];
    for (const [key, limit] of limits) {
      const { hits, retryAfter } = await this.hit(key);
      if (hits > limit) {
        context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
        throw new HttpException(
          { statusCode: 429, message: 'Demasiados intentos de inicio de sesión. Espere 15 minutos e intente de nuevo.' },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
    }
    return true;
  }

  private async hit(key: string): Promise<{ hits: number; retryAfter: number }> {
    const [row] = await this.db.query<{ hits: number; retry_after: number }[]>(
      `INSERT INTO rate_limits AS r (key, hits, window_ends_at) VALUES ($1, 1, now() + $2 * interval '1 second')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.window_ends_at <= now() THEN now() + $2 * interval '1 second' ELSE r.window_ends_at END
       RETURNING hits, greatest(ceil(extract(epoch FROM window_ends_at - now())), 1)::int AS retry_after`,
      [key, WINDOW_SECONDS],
    );
    return { hits: row.hits, retryAfter: row.retry_after };
  }
}
