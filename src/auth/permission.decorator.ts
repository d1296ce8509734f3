import { SetMetadata } from '@nestjs/common';
import type { Action, Resource } from './permissions';

export const PERMISSION_KEY = 'permission';
export const PUBLIC_KEY = 'public';

/** The role must be allowed `action` on `resource` (see permissions.ts). */
export const Permission = (resource: Resource, action: Action) => SetMetadata(PERMISSION_KEY, { resource, action });

/** Reachable without a token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
