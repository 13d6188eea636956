import { SetMetadata } from '@nestjs/common';
import type { Role } from '@xinfang/petition';

export const ROLES_KEY = 'xinfang:roles';
export const PUBLIC_KEY = 'xinfang:public';

/** The roles that may call a route, in order of preference for the actor's recorded role. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call without a token (health checks only). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
