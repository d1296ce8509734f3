import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthSecrets } from './auth-secrets';
import { AuthService } from './auth.service';
import { JwtAuthGuard, PermissionGuard } from './guards';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginRateLimiter } from './login-rate-limiter';
import { SessionUsers } from './session-users';

@Module({
  imports: [
    UsersModule,
    AuditModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [AuthSecrets],
      useFactory: (secrets: AuthSecrets) => ({ secret: secrets.jwtSecret, signOptions: { expiresIn: secrets.expiresIn as `${number}m`, algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    LocalStrategy,
    LoginRateLimiter,
    JwtStrategy,
    SessionUsers,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
})
export class AuthModule {}
