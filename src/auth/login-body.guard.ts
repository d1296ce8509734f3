import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { fieldErrors, invalid } from '../common/validation';
import { LoginDto } from './dto/login.dto';

/** Guards run before pipes: check the login body here so a malformed one is a 400, not a 401. */
@Injectable()
export class LoginBodyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const body: unknown = context.switchToHttp().getRequest<{ body: unknown }>().body ?? {};
    const errors = validateSync(plainToInstance(LoginDto, body), { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw invalid(fieldErrors(errors));
    return true;
  }
}
