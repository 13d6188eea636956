import type { Role } from '@xinfang/petition';

/** How a panel member appears on a hearing's panel, and whether they may be its chair. */
export interface PanelIdentity {
  readonly displayName: string;
  readonly mayChair: boolean;
}

/** A user of the built-in directory, as admins see it: never the password hash. */
export interface DirectoryUser {
  readonly id: string;
  readonly login: string;
  readonly name: string;
  readonly roles: Role[];
  readonly unit?: string;
  readonly panel?: PanelIdentity;
  readonly mustChangePassword: boolean;
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What an admin sets on a user; the login name is fixed at creation. */
export interface UserFields {
  readonly name: string;
  readonly roles: Role[];
  readonly unit?: string;
  readonly panel?: PanelIdentity;
}

export interface UserRow {
  id: string;
  login: string;
  name: string;
  roles: Role[];
  unit: string | null;
  panel_name: string | null;
  panel_may_chair: boolean;
  must_change_password: boolean;
  disabled_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const USER_COLUMNS = 'id, login, name, roles, unit, panel_name, panel_may_chair, must_change_password, disabled_at, created_at, updated_at';

export function directoryUser(row: UserRow): DirectoryUser {
  return {
    id: row.id,
    login: row.login,
    name: row.name,
    roles: row.roles,
    ...(row.unit ? { unit: row.unit } : {}),
    ...(row.panel_name ? { panel: { displayName: row.panel_name, mayChair: row.panel_may_chair } } : {}),
    mustChangePassword: row.must_change_password,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Login names are compared in lower case: 'LiSi' and 'lisi' are one user. */
export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

/** Who made a change: an admin through the API, or the operator at the command line. */
export interface ChangeAuthor {
  readonly id: string;
  readonly name: string;
}
