import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '../auth/permissions';

/** The authenticated user as every service sees it; taken from the verified JWT. */
export interface Actor {
  id: string;
  username: string;
  role: Role;
  agencyId: string | null;
  buildingIds: string[];
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ user: Actor }>().user;
});
