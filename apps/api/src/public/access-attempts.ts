import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Database } from '../database/database.js';

export type AttemptScope = 'receipt' | 'address';

export interface AttemptKey {
  readonly scope: AttemptScope;
  readonly key: string;
}

/** Failed codes allowed per window: few per receipt (one case), more per address (a shared network). */
export const FAILURE_LIMITS: Readonly<Record<AttemptScope, number>> = { receipt: 5, address: 20 };
export const FAILURE_WINDOW_SECONDS = 15 * 60;
const CLEANUP_MILLIS = 5 * 60_000;

export type AttemptVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Counters of failed access codes in PostgreSQL, so every instance sees the same. Each attempt
 * takes a slot atomically before the code is checked and a right code gives it back: concurrent
 * guesses cannot all slip in under the limit. A window opens with a key's first failure and runs
 * for a fixed time; refused attempts do not extend it.
 */
@Injectable()
export class AccessAttempts implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly database: Database) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.forgetExpired().catch(() => undefined), CLEANUP_MILLIS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async take(keys: readonly AttemptKey[]): Promise<AttemptVerdict> {
    const rows: { scope: AttemptScope; failures: number; retry_after: number }[] = await this.database.query(
      `INSERT INTO petitioner_access_failures AS f (scope, key, window_started_at, failures)
       SELECT k.scope, k.key, now(), 1 FROM unnest($1::text[], $2::text[]) AS k(scope, key)
       ON CONFLICT (scope, key) DO UPDATE SET
         window_started_at = CASE WHEN f.window_started_at <= now() - make_interval(secs => $3) THEN now() ELSE f.window_started_at END,
         failures = CASE WHEN f.window_started_at <= now() - make_interval(secs => $3) THEN 1 ELSE f.failures + 1 END
       RETURNING f.scope, f.failures, ceil(extract(epoch FROM f.window_started_at + make_interval(secs => $3) - now()))::int AS retry_after`,
      [keys.map((key) => key.scope), keys.map((key) => key.key), FAILURE_WINDOW_SECONDS],
    );
    const over = rows.filter((row) => row.failures > FAILURE_LIMITS[row.scope]);
    if (over.length === 0) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, ...over.map((row) => row.retry_after)) };
  }

  /** A right code was not a failure: its slot goes back. */
  async giveBack(keys: readonly AttemptKey[]): Promise<void> {
    await this.database.query(
      `UPDATE petitioner_access_failures f SET failures = greatest(f.failures - 1, 0)
         FROM unnest($1::text[], $2::text[]) AS k(scope, key)
        WHERE f.scope = k.scope AND f.key = k.key`,
      [keys.map((key) => key.scope), keys.map((key) => key.key)],
    );
  }

  private async forgetExpired(): Promise<void> {
    await this.database.query(`DELETE FROM petitioner_access_failures WHERE window_started_at <= now() - make_interval(secs => $1)`, [FAILURE_WINDOW_SECONDS]);
  }
}
