import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import type { Actor } from '../common/actor';
import { type UserAccount, UsersRepository } from '../users/users.repository';
import type { TokenPayload } from './jwt.strategy';
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
  ) {}

  async verifyCredentials(username: string, password: string): Promise<UserAccount | undefined> {
    const account = await this.users.findForLogin(username);
    if (!account) {
      await argon2.verify(await this.decoy, password);
      return undefined;
    }
    const ok = await argon2.verify(account.passwordHash, password);
    if (!ok || !account.active) return undefined;
    const { passwordHash: _secret, ...user } = account;
    return user;
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
    const payload: TokenPayload = { sub: user.id, username: user.username, role: user.role, agencyId: user.agencyId, buildingIds: user.buildingIds };
    const accessToken = await this.jwt.signAsync(payload);
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, expiresAt: new Date(exp * 1000).toISOString(), user: publicUser(user), permissions: permissionsOf(user.role) };
  }
}

const publicUser = (u: UserAccount) => ({ id: u.id, username: u.username, fullName: u.fullName, role: u.role, agencyId: u.agencyId, buildingIds: u.buildingIds });
