/** The shapes of a problem answer, apart from how it is sent (problem.ts) or worded (messages.ts). */

/**
 * What is wrong with a field, stable across releases so that clients and a message catalogue can
 * key on it; `message` is its English wording for people.
 */
export const FIELD_ERROR_CODES = [
  'required', 'type', 'enum', 'format', 'blank', 'min_length', 'max_length', 'min', 'max', 'min_items', 'max_items', 'unique_items',
  'unknown_field', 'duplicate_field', 'not_applicable', 'unstorable_text', 'one_of', 'range', 'rule', 'invalid',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export interface FieldError {
  readonly field: string;
  /** Always present in an answer: a refusal built without one says `invalid`. */
  readonly code?: FieldErrorCode;
  readonly message: string;
}

/** An RFC 9457 problem document; extension members sit beside the standard ones. */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}
