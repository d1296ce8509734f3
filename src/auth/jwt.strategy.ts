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
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: secrets.jwtSecret, algorithms: ['HS256'], ignoreExpiration: false });
  }

  validate(payload: TokenPayload): Actor {
    return { id: payload.sub, username: payload.username, role: payload.role, agencyId: payload.agencyId, buildingIds: payload.buildingIds ?? [] };
  }
}
