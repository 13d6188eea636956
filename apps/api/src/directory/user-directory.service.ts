import { Injectable } from '@nestjs/common';
import { Database, type Queryable } from '../database/database.js';
import { type ChangeAuthor, type DirectoryUser, directoryUser, normalizeLogin, USER_COLUMNS, type UserFields, type UserRow } from './directory-user.js';
import { hashPassword, oneTimePassword } from './password-hashing.js';
import { checkUserFields, loginTaken, refuseSelfLockout, userNotFound } from './user-rules.js';

export interface DirectoryChange {
  readonly id: string;
  readonly changedAt: string;
  readonly actor: ChangeAuthor;
  readonly userId: string;
  readonly login: string;
  readonly change: string;
  readonly detail: Record<string, unknown>;
}

export interface PanelMemberEntry {
  readonly id: string;
  readonly displayName: string;
  readonly mayChair: boolean;
}

const UNIQUE_VIOLATION = '23505';

// UPDATE … RETURNING is wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count].

/**
 * The built-in user directory in PostgreSQL. Every change an admin (or the operator's command) makes
 * is written in the same transaction as a row of the append-only change log, with who made it.
 * Disabling a user or resetting their password ends their sessions at once.
 */
@Injectable()
export class UserDirectory {
  constructor(private readonly database: Database) {}

  async list(): Promise<DirectoryUser[]> {
    const rows = await this.database.query<UserRow>(`SELECT ${USER_COLUMNS} FROM directory_users ORDER BY login`);
    return rows.map(directoryUser);
  }

  async get(userId: string): Promise<DirectoryUser> {
    return directoryUser(await this.row(this.database, userId));
  }

  async create(author: ChangeAuthor, login: string, fields: UserFields): Promise<{ user: DirectoryUser; oneTimePassword: string }> {
    checkUserFields(fields);
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    const normalized = normalizeLogin(login);
    const user = await this.database.transaction(async (tx) => {
      const [row] = await tx.query<UserRow>(
          `INSERT INTO directory_users (login, name, roles, unit, panel_name, panel_may_chair, password_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${USER_COLUMNS}`,
          [normalized, fields.name, fields.roles, fields.unit ?? null, fields.panel?.displayName ?? null, fields.panel?.mayChair ?? false, passwordHash],
        )
        .catch((error: { code?: string }) => {
          throw error.code === UNIQUE_VIOLATION ? loginTaken(normalized) : error;
        });
      await this.log(tx, author, row!.id, 'created', { login: normalized, ...fields });
      return directoryUser(row!);
    });
    return { user, oneTimePassword: password };
  }

  async update(author: ChangeAuthor, userId: string, fields: UserFields): Promise<DirectoryUser> {
    checkUserFields(fields);
    if (!fields.roles.includes('admin')) refuseSelfLockout(author, userId, 'drop-admin');
    return this.database.transaction(async (tx) => {
      const before = directoryUser(await this.row(tx, userId, true));
      const [row] = await tx.query<UserRow>(
        `WITH changed AS (UPDATE directory_users SET name = $2, roles = $3, unit = $4, panel_name = $5, panel_may_chair = $6, updated_at = now()
          WHERE id = $1 RETURNING ${USER_COLUMNS}) SELECT * FROM changed`,
        [userId, fields.name, fields.roles, fields.unit ?? null, fields.panel?.displayName ?? null, fields.panel?.mayChair ?? false],
      );
      const after = directoryUser(row!);
      await this.log(tx, author, userId, 'updated', { before: fieldsOf(before), after: fieldsOf(after) });
      return after;
    });
  }

  async setDisabled(author: ChangeAuthor, userId: string, disabled: boolean): Promise<DirectoryUser> {
    if (disabled) refuseSelfLockout(author, userId, 'disable');
    return this.database.transaction(async (tx) => {
      await this.row(tx, userId, true);
      const [row] = await tx.query<UserRow>(
        `WITH changed AS (UPDATE directory_users SET disabled_at = ${disabled ? 'coalesce(disabled_at, now())' : 'NULL'}, updated_at = now() WHERE id = $1 RETURNING ${USER_COLUMNS})
         SELECT * FROM changed`,
        [userId],
      );
      if (disabled) await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
      await this.log(tx, author, userId, disabled ? 'disabled' : 'enabled', {});
      return directoryUser(row!);
    });
  }

  /** A new one-time password; the user's sessions end and the lock on their name is lifted. */
  async resetPassword(author: ChangeAuthor, userId: string): Promise<string> {
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    await this.database.transaction(async (tx) => {
      const user = await this.row(tx, userId, true);
      await tx.query('UPDATE directory_users SET password_hash = $2, must_change_password = true, updated_at = now() WHERE id = $1', [userId, passwordHash]);
      await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
      await tx.query('DELETE FROM sign_in_failures WHERE login = $1', [user.login]);
      await this.log(tx, author, userId, 'password_reset', {});
    });
    return password;
  }

  async changes(userId?: string, limit = 200): Promise<DirectoryChange[]> {
    const rows: { id: string; changed_at: Date; actor_id: string; actor_name: string; user_id: string; login: string; change: string; detail: Record<string, unknown> }[] =
      await this.database.query(
        `SELECT c.id::text, c.changed_at, c.actor_id, c.actor_name, c.user_id, u.login, c.change, c.detail
           FROM directory_changes c JOIN directory_users u ON u.id = c.user_id
          WHERE $1::uuid IS NULL OR c.user_id = $1 ORDER BY c.id DESC LIMIT $2`,
        [userId ?? null, limit],
      );
    return rows.map((row) => ({
      id: row.id,
      changedAt: row.changed_at.toISOString(),
      actor: { id: row.actor_id, name: row.actor_name },
      userId: row.user_id,
      login: row.login,
      change: row.change,
      detail: row.detail,
    }));
  }

  /** Who may sit on a hearing's panel: enabled users with the role panel. */
  async panelMembers(): Promise<PanelMemberEntry[]> {
    const rows = await this.database.query<{ id: string; panel_name: string; panel_may_chair: boolean }>(
      `SELECT id, panel_name, panel_may_chair FROM directory_users WHERE 'panel' = ANY(roles) AND disabled_at IS NULL ORDER BY panel_name, id`,
    );
    return rows.map((row) => ({ id: row.id, displayName: row.panel_name, mayChair: row.panel_may_chair }));
  }

  /** Who may own a case (包案): enabled users with the role leader. */
  async leaders(): Promise<{ id: string; name: string }[]> {
    return this.database.query<{ id: string; name: string }>(`SELECT id, name FROM directory_users WHERE 'leader' = ANY(roles) AND disabled_at IS NULL ORDER BY name, id`);
  }

  async hasEnabledAdmin(): Promise<boolean> {
    const [row] = await this.database.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM directory_users WHERE 'admin' = ANY(roles) AND disabled_at IS NULL) AS found`);
    return row!.found;
  }

  private async row(tx: Queryable, userId: string, lock = false): Promise<UserRow> {
    const [row] = await tx.query<UserRow>(`SELECT ${USER_COLUMNS} FROM directory_users WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [userId]);
    if (!row) throw userNotFound(userId);
    return row;
  }

  private async log(tx: Queryable, author: ChangeAuthor, userId: string, change: string, detail: Record<string, unknown>): Promise<void> {
    await tx.query('INSERT INTO directory_changes (actor_id, actor_name, user_id, change, detail) VALUES ($1, $2, $3, $4, $5)', [author.id, author.name, userId, change, detail]);
  }
}

function fieldsOf(user: DirectoryUser): UserFields {
  return { name: user.name, roles: user.roles, ...(user.unit ? { unit: user.unit } : {}), ...(user.panel ? { panel: user.panel } : {}) };
}
