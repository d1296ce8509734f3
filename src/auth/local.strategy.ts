import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import type { UserAccount } from '../users/users.repository';
import { AuthService } from './auth.service';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, username: string, password: string): Promise<UserAccount> {
    return this.auth.authenticate(username, password, req.ip ?? 'desconocida', (seconds) => req.res?.setHeader('Retry-After', String(seconds)));
  }
}
