import { IdempotencyKeys1764460800000 } from './1764460800000-idempotency-keys.js';

/** Every read-side migration, oldest first. */
export const MIGRATIONS = [IdempotencyKeys1764460800000];
