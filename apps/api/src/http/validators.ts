import { isIsoDate, isValidPhoneNumber, isValidResidentIdNumber } from '@xinfang/petition';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A real calendar date written `YYYY-MM-DD`. */
export function IsBusinessDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isBusinessDate', validator: { validate: (value) => typeof value === 'string' && isIsoDate(value), defaultMessage: () => '$property must be a date written YYYY-MM-DD' } },
    options,
  );
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * An instant as API.md has them: ISO-8601 date and time with an offset (`Z` or `+08:00`). Without
 * one it would be read in the server's time zone, whatever the caller meant.
 */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = INSTANT.exec(value);
  return match !== null && isIsoDate(match[1]!) && !Number.isNaN(Date.parse(value));
}

export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isInstant', validator: { validate: isInstant, defaultMessage: () => '$property must be an instant with its offset, like 2026-12-06T10:00:00+08:00 or 2026-12-06T02:00:00Z' } },
    options,
  );
}

/** Text with something besides white space in it. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isNotBlank', validator: { validate: (value) => typeof value === 'string' && value.trim().length > 0, defaultMessage: () => '$property must not be blank' } },
    options,
  );
}

/** An 18-character PRC resident ID number with a correct check character. The value is never echoed. */
export function IsResidentIdNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isResidentIdNumber',
      validator: {
        validate: (value) => typeof value === 'string' && isValidResidentIdNumber(value),
        defaultMessage: () => '$property must be an 18-character resident ID number with a valid check character',
      },
    },
    options,
  );
}

export function IsPhoneNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPhoneNumber',
      validator: {
        validate: (value) => typeof value === 'string' && isValidPhoneNumber(value),
        defaultMessage: () => '$property must be a mainland mobile number (11 digits) or a landline with its area code',
      },
    },
    options,
  );
}
