import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (the library's default algorithm) at OWASP's recommended minimum: 19 MiB, two passes,
 * one lane — about 30 ms here, off the event loop. The parameters are kept in each hash, so raising
 * them later leaves existing hashes readable.
 */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
/** Hashing cost does not grow with length, but nobody needs more and a bound keeps bodies small. */
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for a hash that cannot be read, never an exception. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of nothing anyone knows, checked when the login name is unknown, so that an unknown name
 * costs the same time as a wrong password and the answer's timing tells nobody which it was.
 */
let decoyHash: Promise<string> | undefined;
export function verifyAgainstDecoy(password: string): Promise<boolean> {
  decoyHash ??= hashPassword(oneTimePassword());
  return decoyHash.then((decoy) => verifyPassword(decoy, password));
}

// No 0/O, 1/l/I: read aloud or copied from paper without doubt.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Four groups of five (about 140 bits): handed over once, changed at the first sign-in. */
export function oneTimePassword(): string {
  return Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')).join('-');
}
