import { type Actor, type Role, ROLES } from '@xinfang/petition';

export { ROLES };

/** The authenticated caller, from the verified token's `sub`, `name` and `roles` claims. */
export interface Principal {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
  /** The `unit` claim: the code of the responsible unit a `unit` user acts for. */
  readonly unit?: string;
}

export interface AuthenticatedRequest {
  principal?: Principal;
  /** The principal acting in the one role under which this route let them in. */
  actor?: Actor;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
