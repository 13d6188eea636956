import { HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { languageOf, localizeProblem } from './messages.js';

/**
 * What is wrong with a field, stable across releases so that clients and a message catalogue can
 * key on it; `message` is its English wording for people.
 */
export type FieldErrorCode =
  | 'required' | 'type' | 'enum' | 'format' | 'blank' | 'min_length' | 'max_length' | 'min' | 'max' | 'min_items' | 'max_items' | 'unique_items'
  | 'unknown_field' | 'duplicate_field' | 'not_applicable' | 'unstorable_text' | 'one_of' | 'range' | 'rule' | 'invalid';

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
