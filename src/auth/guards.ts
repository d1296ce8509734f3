import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Actor } from '../common/actor';
import { PERMISSION_KEY, PUBLIC_KEY } from './permission.decorator';
import { type Action, can, type Resource } from './permissions';

/** Every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }
}

/** Applies the role matrix to routes marked with @Permission(resource, action). */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.get<{ resource: Resource; action: Action } | undefined>(PERMISSION_KEY, context.getHandler());
    if (!required) return true;
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (actor && can(actor.role, required.action, required.resource)) return true;
    throw new ForbiddenException({ statusCode: 403, message: 'Su perfil no permite esta operación' });
  }
}

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {}
