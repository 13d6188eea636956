import { randomUUID } from 'node:crypto';
import { uuidV5 } from '../deterministic-ids.js';
import type { RequestContext } from '../request-context.js';

/**
 * The id of a hearing the request schedules. Under an Idempotency-Key it is derived from the caller
 * and the key, as `requestIds` derives event ids, so a retry after a crash names the same hearing.
 */
export function hearingIdFor(context: RequestContext): string {
  return context.idempotencyKey ? uuidV5(`${context.actor.id}\n${context.idempotencyKey}\nhearing`) : randomUUID();
}
