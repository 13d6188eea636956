import { type Actor, type Role, ROLES } from '@xinfang/petition';
import { isUnstorableText } from '../http/unstorable-text.js';

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
  /** Set when the caller came with the session cookie rather than a bearer token. */
  session?: ActiveSession;
  /** The principal acting in the one role under which this route let them in. */
  actor?: Actor;
}

const NAME_MAX_CHARACTERS = 100;

/**
 * Claims (a token's, an identity provider's) are input like any other: they land in every event's
 * metadata and in SQL. True when the subject or the name holds text PostgreSQL cannot store.
 */
export function hasUnstorableClaims(sub: string, name: unknown): boolean {
  return isUnstorableText(sub) || (typeof name === 'string' && isUnstorableText(name));
}

/** The name to record, trimmed and cut to 100 characters (never through a surrogate pair), else the subject. */
export function displayNameOf(name: unknown, sub: string): string {
  return typeof name === 'string' && name.trim() ? [...name.trim()].slice(0, NAME_MAX_CHARACTERS).join('') : sub;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export type SignInMethod = 'password' | 'oidc';

/** A live session, as the guard found it on this request. */
export interface ActiveSession {
  readonly sessionId: string;
  readonly method: SignInMethod;
  readonly principal: Principal;
  /** The directory user behind a password session. */
  readonly userId?: string;
  readonly csrfToken: string;
  /** A one-time password is still in use: only the password change is open. */
  readonly mustChangePassword: boolean;
}
