/** Mainland mobile: 11 digits, `1` then a network digit 3–9. */
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Landline: trunk `0` and a 2- or 3-digit area code (010, 0571), optionally a hyphen, a 7- or
 * 8-digit local number that does not start with 0 or 1 (1 opens service numbers), then optionally an extension after a
 * hyphen or `转` (as in 0571-87654321-802 or 0571-87654321转802).
 */
const LANDLINE = /^0[1-9]\d{1,2}-?[2-9]\d{6,7}(?:(?:-|转)\d{1,6})?$/;

export function isValidPhoneNumber(phone: string): boolean {
  return MOBILE.test(phone) || LANDLINE.test(phone);
}
