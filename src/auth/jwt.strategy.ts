import { createSecretKey } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '../common/actor';
import { AuthSecrets } from './auth-secrets';
import { SessionUsers } from './session-users';

/** What a token says: whose it is and which of its sessions. Everything else is read afresh. */
export interface TokenPayload {
  sub: string;
  ver: number;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    secrets: AuthSecrets,
    private readonly sessions: SessionUsers,
  ) {
    // jsonwebtoken accepts a KeyObject (passport-jwt's types do not say so): with a plain string it
    // first tries the secret as a public key on every request, a sixth of the API's CPU.
    const key = createSecretKey(Buffer.from(secrets.jwtSecret)) as unknown as Buffer;
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, algorithms: ['HS256'], ignoreExpiration: false });
  }

  /**
   * The actor is the user as it is now: a token of a deleted or deactivated user, or one issued before
   * its role, agency, buildings or password changed, no longer works.
   */
  async validate(payload: Partial<TokenPayload>): Promise<Actor> {
    const user = await this.sessions.current(payload.sub);
    if (!user || !user.active || user.sessionVersion !== payload.ver) {
      throw new UnauthorizedException({ statusCode: 401, message: 'Su sesión terminó porque su cuenta cambió: inicie sesión de nuevo' });
    }
    return { id: user.id, username: user.username, role: user.role, agencyId: user.agencyId, buildingIds: user.buildingIds };
  }
}
