import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { PoolReader } from '../database/pool-reader';
import { type UserAccount, UsersRepository } from '../users/users.repository';
import type { TokenPayload } from './jwt.strategy';
import { type LoginSubject, LoginRateLimiter, TooManyLogins } from './login-rate-limiter';
import { permissionsOf } from './permissions';

export interface Session {
  accessToken: string;
  expiresAt: string;
  user: Pick<UserAccount, 'id' | 'username' | 'fullName' | 'role' | 'agencyId' | 'buildingIds'>;
  permissions: Record<string, string[]>;
}

@Injectable()
export class AuthService {
  /** Verified when the user does not exist, so that timing does not tell which usernames exist. */
  private readonly decoy = argon2.hash('decoy-password-for-timing', { type: argon2.argon2id });

  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
    private readonly db: PoolReader,
  ) {}

  /**
   * Checks a login: the typed name is normalised once and matched exactly; one evaluation is taken
   * from the account's limits before argon2 runs; every outcome is an audit event (never the password).
   */
  async authenticate(typed: string, password: string, address: string, retryAfter: (seconds: number) => void): Promise<UserAccount> {
    const name = normalizeUsername(typed);
    const account = name ? await this.users.findForLogin(name) : undefined;
    const subject: LoginSubject = { account: account ? `user:${account.id}` : `name:${name ?? typed.trim().slice(0, 60)}`, address };
    const who = account ? { id: account.id, username: account.username } : null;
    const slot = await this.limiter.reserve(subject);
    if (!slot.granted) {
      await this.record(who, 'login_throttled', { address, waitSeconds: slot.wait });
      retryAfter(slot.wait);
      throw new TooManyLogins(slot.wait);
    }
    const ok = account ? await argon2.verify(account.passwordHash, password) : await argon2.verify(await this.decoy, password).then(() => false);
    if (!account || !ok || !account.active) {
      await this.record(who, 'login_failed', { address, reason: !account ? 'unknown_user' : !ok ? 'wrong_password' : 'inactive' });
      throw new UnauthorizedException({ statusCode: 401, message: 'Usuario o contraseña incorrectos' });
    }
    await this.limiter.clear(subject);
    await this.record(who, 'login', { address });
    const { passwordHash: _secret, ...user } = account;
    return user;
  }

  private record(who: { id: string; username: string } | null, action: 'login' | 'login_failed' | 'login_throttled', details: object): Promise<void> {
    return this.audit.record(this.db, who, action, 'sessions', who?.id ?? 'desconocido', null, details);
  }

  async login(user: UserAccount): Promise<Session> {
    await this.users.touchLogin(user.id);
    return this.sessionFor(user);
  }

  /** A new token for a still-valid one, read afresh so that role or scope changes take effect. */
  async refresh(actor: Actor): Promise<Session> {
    const user = await this.users.findById(actor.id);
    if (!user || !user.active) throw new UnauthorizedException({ statusCode: 401, message: 'Su cuenta ya no está activa' });
    return this.sessionFor(user);
  }

  async me(actor: Actor): Promise<Omit<Session, 'accessToken' | 'expiresAt'>> {
    const user = await this.users.findById(actor.id);
    if (!user || !user.active) throw new UnauthorizedException({ statusCode: 401, message: 'Su cuenta ya no está activa' });
    return { user: publicUser(user), permissions: permissionsOf(user.role) };
  }

  private async sessionFor(user: UserAccount): Promise<Session> {
    const current = await this.users.findSession(user.id);
    if (!current?.active) throw new UnauthorizedException({ statusCode: 401, message: 'Su cuenta ya no está activa' });
    const payload: TokenPayload = { sub: user.id, ver: current.sessionVersion };
    const accessToken = await this.jwt.signAsync(payload);
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, expiresAt: new Date(exp * 1000).toISOString(), user: publicUser(user), permissions: permissionsOf(user.role) };
  }
}

/** Usernames are ASCII letters, digits, dot, dash and underscore. */
const USERNAME = /^[A-Za-z0-9._-]{1,60}$/;

/**
 * The one form a typed username is compared in, or undefined when it cannot be one: checked as ASCII
 * before lower-casing, so look-alikes (`fİnanzas`, the Kelvin sign, full-width or long-s letters) never
 * fold into an account's name.
 */
export const normalizeUsername = (typed: string): string | undefined => {
  const trimmed = typed.trim();
  return USERNAME.test(trimmed) ? trimmed.toLowerCase() : undefined;
};

const publicUser = (u: UserAccount) => ({ id: u.id, username: u.username, fullName: u.fullName, role: u.role, agencyId: u.agencyId, buildingIds: u.buildingIds });
