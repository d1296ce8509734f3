import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { Environment } from '../config/environment';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthSecrets } from './auth-secrets';
import { AuthService } from './auth.service';
import { JwtAuthGuard, PermissionGuard } from './guards';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { PgThrottlerStorage } from './pg-throttler.storage';

const FIFTEEN_MINUTES = 15 * 60_000;
const usernameOf = (req: Record<string, unknown>) => String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase();

@Module({
  imports: [
    UsersModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [AuthSecrets],
      useFactory: (secrets: AuthSecrets) => ({ secret: secrets.jwtSecret, signOptions: { expiresIn: secrets.expiresIn as `${number}m`, algorithm: 'HS256' } }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [Environment, DataSource],
      useFactory: (env: Environment, db: DataSource) => ({
        storage: new PgThrottlerStorage(db),
        throttlers: [
          // per account and address: guessing one user's password
          { name: 'login', ttl: FIFTEEN_MINUTES, limit: env.LOGIN_MAX_ATTEMPTS, blockDuration: FIFTEEN_MINUTES, getTracker: (req: Record<string, unknown>) => `${String(req.ip)}|${usernameOf(req)}` },
          // per address: trying many accounts
          { name: 'login-ip', ttl: FIFTEEN_MINUTES, limit: env.LOGIN_MAX_ATTEMPTS * 10, blockDuration: FIFTEEN_MINUTES },
        ],
        errorMessage: 'Demasiados intentos de inicio de sesión. Espere 15 minutos e intente de nuevo.',
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    LocalStrategy,
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
})
export class AuthModule {}
