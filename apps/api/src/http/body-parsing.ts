import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem.js';
import { isUnstorableText, UNSTORABLE_TEXT_DETAIL } from './unstorable-text.js';

/**
 * JSON bodies are parsed here rather than by Nest's default parser so that a malformed or
 * over-large body answers problem+json, and so that text PostgreSQL cannot store (NUL) is refused
 * before it reaches a handler (NUL, lone surrogates).
 */
export function installJsonBodyParsing(app: Express, limitBytes: number): void {
  app.use(express.json({ limit: limitBytes, type: ['application/json', 'application/*+json'] }));
  app.use(bodyParseErrors);
  app.use(refuseUnstorableText);
}

const bodyParseErrors: ErrorRequestHandler = (error: { type?: string; status?: number; limit?: number }, _req, res, next) => {
  if (error.type === 'entity.too.large') {
    res.status(413).type(PROBLEM_CONTENT_TYPE).json({
      type: problemType('payload-too-large'),
      title: 'Request body too large',
      status: 413,
      detail: `The body may be at most ${error.limit ?? 'the configured'} bytes.`,
    });
    return;
  }
  if (error.type === 'entity.parse.failed' || error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
    res.status(400).type(PROBLEM_CONTENT_TYPE).json({
      type: problemType('malformed-body'),
      title: 'Malformed request body',
      status: 400,
      detail: 'The body is not valid JSON.',
    });
    return;
  }
  next(error);
};

const refuseUnstorableText: RequestHandler = (req, res, next) => {
  if (!containsUnstorableText(req.body)) return next();
  res.status(400).type(PROBLEM_CONTENT_TYPE).json({
    type: problemType('malformed-body'),
    title: 'Malformed request body',
    status: 400,
    detail: UNSTORABLE_TEXT_DETAIL,
  });
};

function containsUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return isUnstorableText(value);
  if (Array.isArray(value)) return value.some(containsUnstorableText);
  if (value && typeof value === 'object') return Object.entries(value).some(([key, item]) => isUnstorableText(key) || containsUnstorableText(item));
  return false;
}
