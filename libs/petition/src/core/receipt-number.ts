import { createHash } from 'node:crypto';
import { isIsoDate, type IsoDate } from './business-date.js';

const CROCKFORD_BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const HASH_CHARACTERS = 8;

/**
 * The receipt number handed to the petitioner, e.g. `XF20261130-3KQ9M2TB`: the day received
 * and 40 bits of SHA-256 over the petition id in Crockford base32 (no I, L, O or U, so it can
 * be read out over the phone). Derived, not drawn, so a retried registration gets the same one.
 */
export function receiptNumberFor(petitionId: string, receivedAt: IsoDate): string {
  if (!isIsoDate(receivedAt)) throw new RangeError(`receivedAt must be a YYYY-MM-DD date, got "${receivedAt}"`);
  const digest = createHash('sha256').update(petitionId, 'utf8').digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, (HASH_CHARACTERS * 5) / 8)) bits = (bits << 8n) | BigInt(byte);
  let suffix = '';
  for (let i = HASH_CHARACTERS - 1; i >= 0; i--) suffix += CROCKFORD_BASE32.charAt(Number((bits >> BigInt(i * 5)) & 31n));
  return `XF${receivedAt.replaceAll('-', '')}-${suffix}`;
}
