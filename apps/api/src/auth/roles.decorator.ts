import { SetMetadata } from '@nestjs/common';
import type { Role } from '@xinfang/petition';

export const ROLES_KEY = 'xinfang:roles';
export const PUBLIC_KEY = 'xinfang:public';
export const BEFORE_PASSWORD_CHANGE_KEY = 'xinfang:before-password-change';

/** The roles that may call a route, in order of preference for the actor's recorded role. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call without a token (health checks only). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** A route a user signed in with a one-time password may use before choosing their own (session, sign-out, password change). */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true);
