import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldError, type FieldErrorCode, validationProblem } from './problem.js';

/**
 * Unknown fields are refused rather than dropped, so a misspelt field never passes silently. Every
 * constraint of a field is checked (no stopAtFirstError: class-validator would stop at whichever
 * decorator it meets first, which is the last one written), and `flattenValidationErrors` names the
 * most basic problem: absent before wrong type, type before format, format before limits.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // The value tells a missing field from a wrong one; it is never put in an answer.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => validationProblem(flattenValidationErrors(errors)),
  });
}

/** Each class-validator constraint as a stable code, in the order the problems are worth naming. */
const CONSTRAINT_CODES: Readonly<Record<string, FieldErrorCode>> = {
  whitelistValidation: 'unknown_field',
  onlyWhen: 'not_applicable',
  isDefined: 'required',
  isString: 'type', isInt: 'type', isNumber: 'type', isBoolean: 'type', isArray: 'type', isObject: 'type', nestedValidation: 'type',
  isIn: 'enum', isEnum: 'enum',
  isBusinessDate: 'format', isInstant: 'format', matches: 'format', isUuid: 'format', isResidentIdNumber: 'format', isPhoneNumber: 'format',
  isNotBlank: 'blank',
  isReportableMonth: 'range',
  maxLength: 'max_length', minLength: 'min_length', min: 'min', max: 'max',
  arrayMinSize: 'min_items', arrayMaxSize: 'max_items', arrayUnique: 'unique_items',
};
const RANK: readonly FieldErrorCode[] = [
  'unknown_field', 'not_applicable', 'required', 'type', 'enum', 'format', 'blank', 'min_length', 'max_length', 'min', 'max', 'min_items', 'max_items', 'unique_items', 'invalid',
];

/** One error per field (the most basic of its problems), with nested fields named by path (`petitioners[0].name`). */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = fieldPath(parent, error.property);
    const own = error.constraints ? [mostBasic(error, field, error.constraints)] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

function mostBasic(error: ValidationError, field: string, constraints: Record<string, string>): FieldError {
  const ranked = Object.entries(constraints)
    .map(([constraint, message]) => ({ code: CONSTRAINT_CODES[constraint] ?? 'invalid', message }))
    .sort((a, b) => RANK.indexOf(a.code) - RANK.indexOf(b.code));
  const { code, message } = ranked[0]!;
  // Without the value (a caller that validates with `value: false`) an absent field shows as its type error.
  if ('value' in error && error.value === undefined && code !== 'unknown_field' && code !== 'not_applicable') {
    return { field, code: 'required', message: `${field} is required` };
  }
  return { field, code, message: humanize(message, error.property, field) };
}

function fieldPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/** class-validator names the property alone ("name must …"); the answer names the whole path. */
function humanize(message: string, property: string, field: string): string {
  for (const prefix of [`property ${property} `, `${property} `]) {
    if (message.startsWith(prefix)) return `${field} ${message.slice(prefix.length)}`;
  }
  return message;
}
