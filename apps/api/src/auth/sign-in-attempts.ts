import { Inject, Injectable } from '@nestjs/common';
import { Database } from '../database/database.js';
import { ExpiringRows } from '../database/expiring-rows.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export type SignInVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Failed password sign-ins per login name, in PostgreSQL so that every instance counts together.
 * Names that exist and names that do not are counted alike, so a lock tells nobody which is which.
 * Each attempt takes a slot atomically before the password is checked (parallel guesses cannot all
 * slip in under the limit); a successful sign-in clears the name. The window opens with a name's
 * first failure and lasts the lockout time; attempts refused while it runs do not extend it.
 */
@Injectable()
export class SignInAttempts extends ExpiringRows {
  constructor(
    private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async take(login: string): Promise<SignInVerdict> {
    const { maxFailures, lockoutMinutes } = this.config.signInLockout;
    const [row] = await this.database.query<{ failures: number; retry_after: number }>(
      `INSERT INTO sign_in_failures AS f (login, window_started_at, failures) VALUES ($1, now(), 1)
       ON CONFLICT (login) DO UPDATE SET
         window_started_at = CASE WHEN f.window_started_at <= now() - make_interval(mins => $2) THEN now() ELSE f.window_started_at END,
         failures = CASE WHEN f.window_started_at <= now() - make_interval(mins => $2) THEN 1 ELSE f.failures + 1 END
       RETURNING f.failures, ceil(extract(epoch FROM f.window_started_at + make_interval(mins => $2) - now()))::int AS retry_after`,
      [login, lockoutMinutes],
    );
    if (row!.failures <= maxFailures) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, row!.retry_after) };
  }

  async clear(login: string): Promise<void> {
    await this.database.query('DELETE FROM sign_in_failures WHERE login = $1', [login]);
  }

  protected async forgetExpired(): Promise<void> {
    await this.database.query('DELETE FROM sign_in_failures WHERE window_started_at <= now() - make_interval(mins => $1)', [this.config.signInLockout.lockoutMinutes]);
  }
}
