import type { Request, RequestHandler } from 'express';
import { type FieldError, sendProblem, validationProblemDocument } from './problem.js';
import { isUnstorableText, UNSTORABLE_TEXT_DETAIL } from './unstorable-text.js';

/**
 * Query parameters and path segments reach SQL as text just as bodies do, so they get the same
 * refusal, once for every route and before any guard, interceptor or handler reads them. Header
 * values cannot carry such text: Node refuses control characters in them and reads them as Latin-1.
 */
export const refuseUnstorableRequestText: RequestHandler = (request, response, next) => {
  const errors = [...pathErrors(request), ...queryErrors(request)];
  if (errors.length === 0) return next();
  sendProblem(response, validationProblemDocument(errors, UNSTORABLE_TEXT_DETAIL));
};

function pathErrors(request: Request): FieldError[] {
  const unstorable = request.path.split('/').some((segment) => isUnstorableText(decoded(segment)));
  return unstorable ? [{ field: 'path', code: 'unstorable_text', message: 'the path may not contain NUL or unpaired surrogates' }] : [];
}

function queryErrors(request: Request): FieldError[] {
  const query = request.query as Record<string, string | string[]>;
  return Object.entries(query).flatMap(([name, value]) => {
    const values = Array.isArray(value) ? value : [value];
    if (!isUnstorableText(name) && !values.some((text) => typeof text === 'string' && isUnstorableText(text))) return [];
    return [{ field: name, code: 'unstorable_text' as const, message: `${name.replaceAll('\u0000', '\\u0000')} may not contain NUL or unpaired surrogates` }];
  });
}

/** A segment Express cannot decode is left to its router, which refuses it. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
