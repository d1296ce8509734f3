import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import type { UserAccount } from '../users/users.repository';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(
    private readonly auth: AuthService,
    private readonly limiter: LoginRateLimiter,
  ) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  async validate(req: Request, username: string, password: string): Promise<UserAccount> {
    const user = await this.auth.verifyCredentials(username, password);
    if (!user) {
      await this.limiter.recordFailure(req);
      throw new UnauthorizedException({ statusCode: 401, message: 'Usuario o contraseña incorrectos' });
    }
    await this.limiter.recordSuccess(req);
    return user;
  }
}
