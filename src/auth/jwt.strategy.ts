import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '../common/actor';
import { AuthSecrets } from './auth-secrets';
import type { Role } from './permissions';

export interface TokenPayload {
  sub: string;
  username: string;
  role: Role;
  agencyId: string | null;
  buildingIds: string[];
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(secrets: AuthSecrets) {
    // jsonwebtoken accepts a KeyObject (passport-jwt's types do not say so): with a plain string it
    // first tries the secret as a public key on every request, a sixth of the API's CPU.
    const key = createSecretKey(Buffer.from(secrets.jwtSecret)) as unknown as Buffer;
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, algorithms: ['HS256'], ignoreExpiration: false });
  }

  validate(payload: TokenPayload): Actor {
    return { id: payload.sub, username: payload.username, role: payload.role, agencyId: payload.agencyId, buildingIds: payload.buildingIds ?? [] };
  }
}
