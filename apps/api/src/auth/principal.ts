import type { Actor, Role } from '@xinfang/petition';

export const ROLES: readonly Role[] = ['clerk', 'panel', 'auditor', 'admin'];

/** The authenticated caller, from the verified token's `sub`, `name` and `roles` claims. */
export interface Principal {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
}

export interface AuthenticatedRequest {
  principal?: Principal;
  /** The principal acting in the one role under which this route let them in. */
  actor?: Actor;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
