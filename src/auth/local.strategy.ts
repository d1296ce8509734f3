import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { AuthService } from './auth.service';
import type { UserAccount } from '../users/users.repository';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password' });
  }

  async validate(username: string, password: string): Promise<UserAccount> {
    const user = await this.auth.verifyCredentials(username, password);
    if (!user) throw new UnauthorizedException({ statusCode: 401, message: 'Usuario o contraseña incorrectos' });
    return user;
  }
}
