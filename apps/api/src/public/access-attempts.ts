import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.js';
import { ExpiringRows } from '../database/expiring-rows.js';

/** Wrong codes one client address may give in a window, across every receipt (a shared network counts as one). */
export const ADDRESS_FAILURE_LIMIT = 20;
export const ADDRESS_WINDOW_SECONDS = 15 * 60;
/** Wrong codes on one receipt number that are free, then one slot per interval: 5 + 480 a day at most, as 5 per 15 minutes were. */
export const RECEIPT_FREE_FAILURES = 5;
export const RECEIPT_INTERVAL_SECONDS = 3 * 60;
const RECEIPT_TOLERANCE_SECONDS = (RECEIPT_FREE_FAILURES - 1) * RECEIPT_INTERVAL_SECONDS;

export type AttemptVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number; readonly limitedBy: 'address' | 'receipt' };

/**
 * How many codes may be tried, kept in PostgreSQL so every instance sees the same. Each attempt
 * takes its slots atomically before the code is checked, and a right code gives them back, so
 * concurrent guesses cannot all slip in under a limit.
 *
 * A client address that gives too many wrong codes is locked out for the rest of its window:
 * that locks out the guesser. A receipt number is never locked: its wrong codes are paced
 * (a generic cell rate: a few free, then one per interval, `paced_until` the theoretical time the
 * next slot frees), so a stranger who knows the number can delay its petitioner by one interval
 * at a time, for as long as they keep spending wrong codes, and no more.
 */
@Injectable()
export class AccessAttempts extends ExpiringRows {
  constructor(private readonly database: Database) {
    super();
  }

  /** `receipt` is the receipt number's fingerprint, absent for a malformed number (which no case has). */
  async take(address: string, receipt: string | undefined): Promise<AttemptVerdict> {
    const [row]: { address_failures: number; address_retry: number; receipt_refused: boolean | null; receipt_retry: number | null }[] = await this.database.query(
      `WITH source AS (
         INSERT INTO petitioner_access_failures AS f (scope, key, window_started_at, failures) VALUES ('address', $1, now(), 1)
         ON CONFLICT (scope, key) DO UPDATE SET
           window_started_at = CASE WHEN f.window_started_at <= now() - make_interval(secs => $3) THEN now() ELSE f.window_started_at END,
           failures = CASE WHEN f.window_started_at <= now() - make_interval(secs => $3) THEN 1 ELSE f.failures + 1 END
         RETURNING f.failures, ceil(extract(epoch FROM f.window_started_at + make_interval(secs => $3) - now()))::int AS retry
       ), receipt AS (
         INSERT INTO petitioner_receipt_pacing AS p (receipt_fingerprint, paced_until, refused)
         SELECT $2, now() + make_interval(secs => $5), false FROM source WHERE $2::text IS NOT NULL AND source.failures <= $4
         ON CONFLICT (receipt_fingerprint) DO UPDATE SET
           refused = greatest(p.paced_until, now()) > now() + make_interval(secs => $6),
           paced_until = CASE WHEN greatest(p.paced_until, now()) > now() + make_interval(secs => $6) THEN p.paced_until
                              ELSE greatest(p.paced_until, now()) + make_interval(secs => $5) END
         RETURNING p.refused, ceil(extract(epoch FROM p.paced_until - make_interval(secs => $6) - now()))::int AS retry
       )
       SELECT source.failures AS address_failures, source.retry AS address_retry, receipt.refused AS receipt_refused, receipt.retry AS receipt_retry
         FROM source LEFT JOIN receipt ON true`,
      [address, receipt ?? null, ADDRESS_WINDOW_SECONDS, ADDRESS_FAILURE_LIMIT, RECEIPT_INTERVAL_SECONDS, RECEIPT_TOLERANCE_SECONDS],
    );
    if (row!.address_failures > ADDRESS_FAILURE_LIMIT) return { allowed: false, retryAfterSeconds: Math.max(1, row!.address_retry), limitedBy: 'address' };
    if (row!.receipt_refused) {
      await this.giveBack(address, undefined);
      return { allowed: false, retryAfterSeconds: Math.max(1, row!.receipt_retry ?? 1), limitedBy: 'receipt' };
    }
    return { allowed: true };
  }

  /** A right code was not a failure (nor is an attempt the receipt's pace refused before checking it): its slots go back. */
  async giveBack(address: string, receipt: string | undefined): Promise<void> {
    await this.database.query(
      `WITH source AS (
         UPDATE petitioner_access_failures SET failures = greatest(failures - 1, 0) WHERE scope = 'address' AND key = $1
       )
       UPDATE petitioner_receipt_pacing SET paced_until = paced_until - make_interval(secs => $3) WHERE receipt_fingerprint = $2`,
      [address, receipt ?? null, RECEIPT_INTERVAL_SECONDS],
    );
  }

  protected async forgetExpired(): Promise<void> {
    await this.database.query(`DELETE FROM petitioner_access_failures WHERE window_started_at <= now() - make_interval(secs => $1)`, [ADDRESS_WINDOW_SECONDS]);
    await this.database.query('DELETE FROM petitioner_receipt_pacing WHERE paced_until <= now()');
  }
}
