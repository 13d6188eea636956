import { isIsoDate, isValidPhoneNumber, isValidResidentIdNumber } from '@xinfang/petition';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A real calendar date written `YYYY-MM-DD`. */
export function IsBusinessDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isBusinessDate', validator: { validate: (value) => typeof value === 'string' && isIsoDate(value), defaultMessage: () => '$property must be a date written YYYY-MM-DD' } },
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
