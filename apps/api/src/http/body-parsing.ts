import type { IncomingHttpHeaders } from 'node:http';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { JsonBodyError, readJsonBody } from './json-body.js';
import { type FieldError, type ProblemDocument, problemType, sendProblem, validationProblemDocument } from './problem.js';

const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * JSON bodies are parsed here rather than by Nest's default parser so that a malformed, over-large
 * or over-deep body, or one with text PostgreSQL cannot store (NUL, lone surrogates), answers
 * problem+json before it reaches a guard or a handler. Every body of this API is JSON: another
 * media type is refused with 415 rather than read as no body and validated field by field, except
 * multipart/form-data on the upload routes (`uploads`: a POST path pattern each), which read it themselves.
 */
export function installJsonBodyParsing(app: Express, limitBytes: number, uploads: readonly RegExp[] = []): void {
  app.use(refuseOtherMediaTypes(uploads));
  app.use(express.text({ limit: limitBytes, type: JSON_TYPES }));
  app.use(bodyReadErrors);
  app.use(parseJson);
}

function refuseOtherMediaTypes(uploads: readonly RegExp[]): RequestHandler {
  return (req, res, next) => {
    if (!hasBody(req.headers) || req.is(JSON_TYPES)) return next();
    if (req.method === 'POST' && req.is('multipart/form-data') && uploads.some((path) => path.test(req.path))) return next();
    sendProblem(res, unsupportedMediaType('This API reads request bodies as JSON only: send Content-Type: application/json.'));
  };
}

/** Content-Length 0 is no body; Express's own test counts it as one. */
function hasBody(headers: IncomingHttpHeaders): boolean {
  return headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');
}

const bodyReadErrors: ErrorRequestHandler = (error: { type?: string; limit?: number }, _req, res, next) => {
  if (error.type === 'entity.too.large') {
    sendProblem(res, { type: problemType('payload-too-large'), title: 'Request body too large', status: 413, detail: `The body may be at most ${error.limit ?? 'the configured'} bytes.` });
    return;
  }
  if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
    sendProblem(res, unsupportedMediaType('The body’s Content-Encoding or charset is not supported: send JSON in UTF-8, plain or gzip/deflate/br.'));
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

function unsupportedMediaType(detail: string): ProblemDocument {
  return { type: problemType('unsupported-media-type'), title: 'Unsupported media type', status: 415, detail };
}

function malformed(detail: string, errors: readonly FieldError[] = []): ProblemDocument {
  return { type: problemType('malformed-body'), title: 'Malformed request body', status: 400, detail, ...(errors.length > 0 ? { errors } : {}) };
}
