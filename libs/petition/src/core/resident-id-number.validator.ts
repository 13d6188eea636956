import { isCalendarDate } from './business-date.js';

/** ISO 7064 MOD 11-2 as GB 11643-1999 applies it: weight of position i is 2^(17-i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dXx]$/;

/**
 * An 18-character PRC resident ID number (GB 11643-1999): a 6-digit region code, the birth date
 * as YYYYMMDD, a 3-digit sequence, and a MOD 11-2 check character. A lowercase `x` is accepted
 * as the same number written by hand; `normalizeResidentIdNumber` gives the form to store.
 * The region code is not checked against the administrative division list, which changes.
 */
export function isValidResidentIdNumber(id: string): boolean {
  if (!SHAPE.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (!isCalendarDate(year, month, day)) return false;
  return residentIdCheckCharacter(id.slice(0, 17)) === id.charAt(17).toUpperCase();
}

/** The canonical stored form, with an uppercase `X`, so that one person matches across cases. */
export function normalizeResidentIdNumber(id: string): string {
  return id.toUpperCase();
}

/** The check character for the first 17 digits of an ID number. */
export function residentIdCheckCharacter(first17Digits: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(first17Digits.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}
