import type { FieldError, FieldErrorCode } from './problem.js';
import { isUnstorableText, UNSTORABLE_TEXT_DETAIL } from './unstorable-text.js';

/** Deeper than any request of this API (a batch item's petitioner is five levels down). */
export const MAX_JSON_DEPTH = 32;
/**
 * Names no field of this API has, which JavaScript gives a meaning of their own: `JSON.parse` keeps
 * them as plain keys, but the class-transformer step dropped them silently instead of refusing them.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ERRORS_NAMED = 20;

export class JsonBodyError extends Error {
  override readonly name = 'JsonBodyError';
  constructor(
    message: string,
    readonly kind: 'malformed' | 'unknown_field' = 'malformed',
    readonly errors: readonly FieldError[] = [],
  ) {
    super(message);
  }
}

/** An open object (with the keys seen so far and the last one) or array (with the index of its current item). */
interface Frame {
  readonly keys: Set<string> | undefined;
  key: string;
  index: number;
  expectingKey: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * A request body's JSON text as a value, refusing in one pass over the text, before `JSON.parse`
 * builds anything and before anything walks it: nesting past MAX_JSON_DEPTH, text PostgreSQL cannot
 * store, a key given twice in one object (JSON.parse would keep the last silently) and the
 * reserved keys. Like Express's strict JSON parser: an empty body is `{}`, and only an object or an
 * array is a body. Malformed text is left for JSON.parse to refuse.
 */
export function readJsonBody(text: string): unknown {
  if (text.length === 0) return {};
  if (!/^[ \t\n\r]*[[{]/.test(text)) throw new JsonBodyError('The body is not valid JSON.');
  scan(text);
  try {
    return JSON.parse(text);
  } catch {
    throw new JsonBodyError('The body is not valid JSON.');
  }
}

function scan(text: string): void {
  const frames: Frame[] = [];
  const duplicates: FieldError[] = [];
  const reserved: FieldError[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      const end = stringEnd(text, index);
      const top = frames[frames.length - 1];
      if (top?.keys && top.expectingKey) {
        const key = stringAt(text, index, end);
        if (RESERVED_KEYS.has(key)) name(reserved, pathOf(frames, key), 'unknown_field', 'should not exist');
        else if (top.keys.has(key)) name(duplicates, pathOf(frames, key), 'duplicate_field', 'is given more than once');
        top.keys.add(key);
        top.key = key;
        top.expectingKey = false;
      } else if (mayBeUnstorable(text, index, end)) {
        stringAt(text, index, end);
      }
      index = end;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (frames.length === MAX_JSON_DEPTH) throw new JsonBodyError(`The body nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays.`);
      frames.push({ keys: code === OPEN_BRACE ? new Set() : undefined, key: '', index: 0, expectingKey: code === OPEN_BRACE });
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      frames.pop();
    } else if (code === COMMA) {
      const top = frames[frames.length - 1];
      if (top?.keys) top.expectingKey = true;
      else if (top) top.index++;
    }
  }
  if (reserved.length > 0) throw new JsonBodyError('The body has fields this API does not know; see errors.', 'unknown_field', reserved);
  if (duplicates.length > 0) throw new JsonBodyError('An object in the body gives the same field more than once; see errors.', 'malformed', duplicates);
}

function name(errors: FieldError[], field: string, code: FieldErrorCode, problem: string): void {
  if (errors.length < ERRORS_NAMED) errors.push({ field, code, message: `${field} ${problem}` });
}

/** The index of the quote closing the string that opens at `start` (or the end of the text). */
function stringEnd(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) return index;
    index += code === BACKSLASH ? 2 : 1;
  }
  return text.length;
}

/** Only an escape or a surrogate can make a string of decoded UTF-8 text unstorable. */
function mayBeUnstorable(text: string, start: number, end: number): boolean {
  for (let index = start + 1; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === BACKSLASH || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

/** The string literal from `start` to `end` as text, refused when PostgreSQL cannot store it. */
function stringAt(text: string, start: number, end: number): string {
  if (!mayBeUnstorable(text, start, end)) return text.slice(start + 1, end);
  let value: string;
  try {
    value = JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    throw new JsonBodyError('The body is not valid JSON.');
  }
  if (isUnstorableText(value)) throw new JsonBodyError(UNSTORABLE_TEXT_DETAIL);
  return value;
}

/** `items[2].petitioners[0].name`, as validation errors name fields: the open frames' places, then `key`. */
function pathOf(frames: readonly Frame[], key: string): string {
  let path = '';
  for (let depth = 0; depth < frames.length - 1; depth++) {
    const frame = frames[depth]!;
    path += frame.keys ? (path ? `.${frame.key}` : frame.key) : `[${frame.index}]`;
  }
  return path ? `${path}.${key}` : key;
}
