import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { type Actor, CurrentActor } from '../common/actor';
import type { UserAccount } from '../users/users.repository';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { LocalAuthGuard } from './guards';
import { LoginBodyGuard } from './login-body.guard';
import { Public } from './permission.decorator';

@ApiTags('Sesión')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LoginBodyGuard, LocalAuthGuard)
  login(@Body() _credentials: LoginDto, @Req() req: Request & { user: UserAccount }) {
    return this.auth.login(req.user);
  }

  @ApiBearerAuth()
  @Post('refresh')
  @HttpCode(200)
  refresh(@CurrentActor() actor: Actor) {
    return this.auth.refresh(actor);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }
}
