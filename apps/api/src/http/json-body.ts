import { isUnstorableText, UNSTORABLE_TEXT_DETAIL } from './unstorable-text.js';

/** Deeper than any request of this API (a batch item's petitioner is five levels down). */
export const MAX_JSON_DEPTH = 32;

export class JsonBodyError extends Error {
  override readonly name = 'JsonBodyError';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * A request body's JSON text as a value, refusing what the rest of the service must never walk:
 * nesting past MAX_JSON_DEPTH, and text PostgreSQL cannot store. One pass over the text checks
 * both before `JSON.parse` builds anything, and keeps no stack of its own beyond a counter.
 * Like Express's strict JSON parser: an empty body is `{}`, and only an object or array is a body.
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

/** Malformed text is left for JSON.parse to refuse; this pass only must not be fooled by brackets inside strings. */
function scan(text: string): void {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = scanString(text, index);
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > MAX_JSON_DEPTH) throw new JsonBodyError(`The body nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays.`);
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
    }
  }
}

/** From the opening quote at `start` to the index of its closing quote; refuses text PostgreSQL cannot store. */
function scanString(text: string, start: number): number {
  let index = start + 1;
  let suspect = false;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) break;
    if (code === BACKSLASH) {
      suspect = true;
      index++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      suspect = true;
    }
  }
  if (suspect && isUnstorableText(unescaped(text.slice(start, index + 1)))) throw new JsonBodyError(UNSTORABLE_TEXT_DETAIL);
  return index;
}

function unescaped(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return '';
  }
}
