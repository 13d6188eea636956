import { HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { languageOf, localizeProblem } from './messages.js';
import type { FieldError, ProblemDocument } from './problem.types.js';

export { FIELD_ERROR_CODES } from './problem.types.js';
export type { FieldError, FieldErrorCode, ProblemDocument } from './problem.types.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(slug: string): string {
  return `/problems/${slug}`;
}

/** Thrown anywhere in the HTTP layer to answer with exactly this problem document. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDocument, readonly headers: Readonly<Record<string, string>> = {}) {
    super(problem, problem.status);
  }
}

export function validationProblem(errors: readonly FieldError[], detail?: string): ProblemException {
  return new ProblemException(validationProblemDocument(errors, detail));
}

export function validationProblemDocument(errors: readonly FieldError[], detail = 'The request has invalid fields; see errors.'): ProblemDocument {
  return { type: problemType('validation-failed'), title: 'Invalid request', status: 400, detail, errors: withCodes(errors) };
}

export function withCodes(errors: readonly FieldError[]): FieldError[] {
  return errors.map(({ field, code, message }) => ({ field, code: code ?? 'invalid', message }));
}

/** For Express middleware that answers before Nest's exception filter is in reach. */
export function sendProblem(response: Response, problem: ProblemDocument, headers: Readonly<Record<string, string>> = {}): void {
  writeProblem(response.req, response, problem, headers);
}

/** Every problem leaves through here: in the language the caller asked for (Accept-Language, see messages.ts), naming the path it was asked of. */
export function writeProblem(request: Request, response: Response, problem: ProblemDocument, headers: Readonly<Record<string, string>> = {}): void {
  const language = languageOf(request.headers['accept-language']);
  response
    .status(problem.status)
    .set(headers)
    .set('Content-Language', language === 'zh' ? 'zh-CN' : 'en')
    .vary('Accept-Language')
    .type(PROBLEM_CONTENT_TYPE)
    .json({ ...localizeProblem(problem, language, headers), instance: request.originalUrl.split('?')[0] });
}
