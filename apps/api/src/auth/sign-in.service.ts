import { Inject, Injectable } from '@nestjs/common';
import { Database } from '../database/database.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { normalizeLogin } from '../directory/directory-user.js';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../directory/password-hashing.js';
import { ProblemException, problemType } from '../http/problem.js';
import { SignInAttempts } from './sign-in-attempts.js';
import { SessionStore } from './session.store.js';

/**
 * Password sign-in against the built-in directory. An unknown name, a wrong password and a disabled
 * account get the same answer, and an unknown name is checked against a decoy hash so that it takes
 * as long as a wrong password.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly database: Database,
    private readonly attempts: SignInAttempts,
    private readonly sessions: SessionStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signIn(login: string, password: string): Promise<{ sessionId: string; csrfToken: string }> {
    if (this.config.oidc) throw passwordSignInOff();
    const name = normalizeLogin(login);
    const verdict = await this.attempts.take(name);
    if (!verdict.allowed) throw locked(verdict.retryAfterSeconds, this.config.signInLockout.lockoutMinutes);
    const [user] = await this.database.query<{ id: string; password_hash: string; disabled: boolean }>(
      'SELECT id, password_hash, disabled_at IS NOT NULL AS disabled FROM directory_users WHERE login = $1',
      [name],
    );
    const passwordIsRight = user ? await verifyPassword(user.password_hash, password) : await verifyAgainstDecoy(password);
    if (!user || !passwordIsRight || user.disabled) throw wrongCredentials();
    await this.attempts.clear(name);
    return this.sessions.start({ userId: user.id }, 'password');
  }

  /** The user's own change, with the current password: ends the one-time password's restriction. */
  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const [user] = await this.database.query<{ password_hash: string; name: string }>('SELECT password_hash, name FROM directory_users WHERE id = $1', [userId]);
    if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
      throw new ProblemException({ type: problemType('wrong-password'), title: 'Wrong password', status: 422, detail: 'The current password is wrong.', errors: [{ field: 'currentPassword', code: 'rule', message: 'is wrong' }] });
    }
    if (newPassword === currentPassword) {
      throw new ProblemException({ type: problemType('password-unchanged'), title: 'Same password', status: 422, detail: 'The new password must differ from the current one.', errors: [{ field: 'newPassword', code: 'rule', message: 'must differ from the current password' }] });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.database.transaction(async (tx) => {
      await tx.query('UPDATE directory_users SET password_hash = $2, must_change_password = false, updated_at = now() WHERE id = $1', [userId, passwordHash]);
      await tx.query(`INSERT INTO directory_changes (actor_id, actor_name, user_id, change) VALUES ($1, $2, $3, 'password_changed')`, [userId, user.name, userId]);
    });
  }
}

function wrongCredentials(): ProblemException {
  return new ProblemException({ type: problemType('sign-in-failed'), title: 'Sign-in failed', status: 401, detail: 'The login name or the password is wrong.' });
}

function locked(retryAfterSeconds: number, lockoutMinutes: number): ProblemException {
  return new ProblemException(
    {
      type: problemType('sign-in-locked'),
      title: 'Too many failed sign-ins',
      status: 429,
      detail: `Too many failed sign-ins with this login name: it is locked for up to ${lockoutMinutes} minutes. Retry in ${Math.ceil(retryAfterSeconds / 60)} min.`,
      retryAfterSeconds,
    },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

function passwordSignInOff(): ProblemException {
  return new ProblemException({ type: problemType('password-sign-in-off'), title: 'Sign in through single sign-on', status: 409, detail: 'This service signs users in through its OpenID Connect provider (/auth/oidc/login); passwords are not accepted.' });
}
