import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@xinfang/petition';
import type { Request } from 'express';
import { Database } from '../database/database.js';
import { ExpiringRows } from '../database/expiring-rows.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { ActiveSession, Principal, SignInMethod } from './principal.js';
import { readCookie, sessionCookieName } from './session-cookie.js';

interface SessionRow {
  csrf_token: string;
  method: SignInMethod;
  principal: Principal | null;
  touch: boolean;
  user_id: string | null;
  name: string | null;
  roles: Role[] | null;
  unit: string | null;
  must_change_password: boolean | null;
  disabled: boolean | null;
}

/**
 * Sessions in PostgreSQL, keyed by the SHA-256 of their id, so every instance sees the same and an
 * ended session is refused everywhere on its next request. A password session reads its user on
 * every request: a disabled user is refused at once, changed roles apply at once.
 */
@Injectable()
export class SessionStore extends ExpiringRows {
  /** Last use is written at most this often, so a busy page does not write on every read. */
  private readonly touchSeconds: number;

  constructor(
    private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.touchSeconds = Math.min(60, (config.session.idleMinutes * 60) / 4);
  }

  idFrom(request: Request): string | undefined {
    return readCookie(request, sessionCookieName(this.config.session.secureCookie));
  }

  async start(subject: { userId: string } | { principal: Principal }, method: SignInMethod): Promise<{ sessionId: string; csrfToken: string }> {
    const sessionId = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.database.query(
      `INSERT INTO sessions (id_digest, user_id, principal, method, csrf_token, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))`,
      [digest(sessionId), 'userId' in subject ? subject.userId : null, 'principal' in subject ? subject.principal : null, method, csrfToken, this.config.session.absoluteHours],
    );
    return { sessionId, csrfToken };
  }

  async authenticate(sessionId: string): Promise<ActiveSession | undefined> {
    const [row] = await this.database.query<SessionRow>(
      `SELECT s.csrf_token, s.method, s.principal, s.last_seen_at < now() - make_interval(secs => $3) AS touch,
              u.id AS user_id, u.name, u.roles, u.unit, u.must_change_password, u.disabled_at IS NOT NULL AS disabled
         FROM sessions s LEFT JOIN directory_users u ON u.id = s.user_id
        WHERE s.id_digest = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [digest(sessionId), this.config.session.idleMinutes, this.touchSeconds],
    );
    const principal = row ? principalOf(row) : undefined;
    if (!row || !principal) return undefined;
    if (row.touch) await this.database.query('UPDATE sessions SET last_seen_at = now() WHERE id_digest = $1', [digest(sessionId)]);
    return {
      sessionId,
      method: row.method,
      principal,
      ...(row.user_id ? { userId: row.user_id } : {}),
      csrfToken: row.csrf_token,
      mustChangePassword: row.must_change_password === true,
    };
  }

  async end(sessionId: string): Promise<void> {
    await this.database.query('DELETE FROM sessions WHERE id_digest = $1', [digest(sessionId)]);
  }

  /** After a password change: the user's other sessions (a stolen one among them) end. */
  async endOthers(userId: string, keep: string): Promise<void> {
    await this.database.query('DELETE FROM sessions WHERE user_id = $1 AND id_digest <> $2', [userId, digest(keep)]);
  }

  protected async forgetExpired(): Promise<void> {
    await this.database.query('DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)', [this.config.session.idleMinutes]);
  }
}

/** A directory user who was disabled (or removed) has no principal: the session counts for nothing. */
function principalOf(row: SessionRow): Principal | undefined {
  if (row.principal) return row.principal;
  if (!row.user_id || row.disabled !== false || !row.roles) return undefined;
  return { id: row.user_id, name: row.name ?? row.user_id, roles: row.roles, ...(row.unit ? { unit: row.unit } : {}) };
}

export function digest(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** Constant-time comparison of the CSRF header with the session's token. */
export function csrfTokenMatches(sent: string | undefined, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
