import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.js';

export interface StoredResponse {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export type Claim =
  | { readonly kind: 'proceed' }
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'in_progress' };

/** How long a claimed key stays locked to the request holding it, in case that process dies. */
const LOCK_SECONDS = 30;

interface Row {
  request_hash: string;
  state: 'pending' | 'completed';
  lock_expired: boolean;
  status_code: number | null;
  response_headers: Record<string, string> | null;
  response_body: unknown;
}

@Injectable()
export class IdempotencyStore {
  constructor(private readonly database: Database) {}

  async claim(actorId: string, key: string, requestHash: string): Promise<Claim> {
    const inserted: unknown[] = await this.database.query(
      `INSERT INTO idempotency_keys (actor_id, key, request_hash, state, locked_until)
       VALUES ($1, $2, $3, 'pending', now() + make_interval(secs => $4))
       ON CONFLICT DO NOTHING RETURNING 1`,
      [actorId, key, requestHash, LOCK_SECONDS],
    );
    if (inserted.length > 0) return { kind: 'proceed' };
    const rows: Row[] = await this.database.query(
      `SELECT request_hash, state, locked_until < now() AS lock_expired, status_code, response_headers, response_body
       FROM idempotency_keys WHERE actor_id = $1 AND key = $2`,
      [actorId, key],
    );
    const row = rows[0];
    if (!row) return this.claim(actorId, key, requestHash);
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.state === 'completed') {
      return { kind: 'replay', response: { statusCode: row.status_code ?? 200, headers: row.response_headers ?? {}, body: row.response_body } };
    }
    if (!row.lock_expired) return { kind: 'in_progress' };
    const taken = await this.database.execute(
      `UPDATE idempotency_keys SET locked_until = now() + make_interval(secs => $3)
       WHERE actor_id = $1 AND key = $2 AND state = 'pending' AND locked_until < now()`,
      [actorId, key, LOCK_SECONDS],
    );
    return taken > 0 ? { kind: 'proceed' } : { kind: 'in_progress' };
  }

  async complete(actorId: string, key: string, response: StoredResponse): Promise<void> {
    await this.database.query(
      `UPDATE idempotency_keys SET state = 'completed', locked_until = NULL, completed_at = now(),
         status_code = $3, response_headers = $4, response_body = $5
       WHERE actor_id = $1 AND key = $2`,
      [actorId, key, response.statusCode, JSON.stringify(response.headers), JSON.stringify(response.body)],
    );
  }

  /** A refused or failed request leaves its key free: nothing was done under it. */
  async release(actorId: string, key: string): Promise<void> {
    await this.database.query(`DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2 AND state = 'pending'`, [actorId, key]);
  }
}
