import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { JsonBodyError, readJsonBody } from './json-body.js';
import { type FieldError, type ProblemDocument, problemType, sendProblem, validationProblemDocument } from './problem.js';

const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * JSON bodies are parsed here rather than by Nest's default parser so that a malformed, over-large
 * or over-deep body, or one with text PostgreSQL cannot store (NUL, lone surrogates), answers
 * problem+json before it reaches a guard or a handler.
 */
export function installJsonBodyParsing(app: Express, limitBytes: number): void {
  app.use(express.text({ limit: limitBytes, type: JSON_TYPES }));
  app.use(bodyReadErrors);
  app.use(parseJson);
}

const bodyReadErrors: ErrorRequestHandler = (error: { type?: string; limit?: number }, _req, res, next) => {
  if (error.type === 'entity.too.large') {
    sendProblem(res, { type: problemType('payload-too-large'), title: 'Request body too large', status: 413, detail: `The body may be at most ${error.limit ?? 'the configured'} bytes.` });
    return;
  }
  if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
    sendProblem(res, malformed('The body’s encoding or charset is not supported; send UTF-8.'));
    return;
  }
  next(error);
};

const parseJson: RequestHandler = (req, res, next) => {
  if (typeof req.body !== 'string') return next();
  try {
    req.body = readJsonBody(req.body);
  } catch (error) {
    if (!(error instanceof JsonBodyError)) throw error;
    sendProblem(res, error.kind === 'unknown_field' ? validationProblemDocument(error.errors, error.message) : malformed(error.message, error.errors));
    return;
  }
  next();
};

function malformed(detail: string, errors: readonly FieldError[] = []): ProblemDocument {
  return { type: problemType('malformed-body'), title: 'Malformed request body', status: 400, detail, ...(errors.length > 0 ? { errors } : {}) };
}
