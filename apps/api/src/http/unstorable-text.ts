/** Text PostgreSQL cannot store (`text` and `jsonb` alike): NUL, and lone surrogates, which are not Unicode at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_DETAIL = 'Text may not contain the NUL character (\\u0000) or unpaired UTF-16 surrogates.';

export function isUnstorableText(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}
