import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@xinfang/petition';
import type { Request } from 'express';
import type { AuthenticatedRequest } from '../auth/principal.js';
import { validationProblem } from './problem.js';

/** What a command takes from its HTTP request besides the body. */
export interface RequestContext {
  readonly actor: Actor;
  /** When the request arrived: every event of the request records this instant. */
  readonly now: Date;
  readonly idempotencyKey?: string;
  /** The case version the caller last saw (`If-Match`), when they asked for a conditional write. */
  readonly ifMatch?: number;
  readonly correlationId?: string;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export const CurrentRequest = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
  if (!request.actor) throw new Error('CurrentRequest used on a route without authentication');
  const idempotencyKey = idempotencyKeyOf(request);
  const ifMatch = parseIfMatch(request.header('if-match'));
  const correlationId = request.header('x-request-id');
  return {
    actor: request.actor,
    now: new Date(),
    ...(idempotencyKey ? { idempotencyKey } : {}),
    ...(ifMatch !== undefined ? { ifMatch } : {}),
    ...(correlationId && IDEMPOTENCY_KEY.test(correlationId) ? { correlationId } : {}),
  };
});

export function idempotencyKeyOf(request: Request): string | undefined {
  const key = request.header('idempotency-key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw validationProblem([{ field: 'Idempotency-Key', code: 'format', message: 'Idempotency-Key must be 1 to 200 visible ASCII characters' }], 'Invalid Idempotency-Key header.');
  }
  return key;
}

/** Accepts `"3"`, `W/"3"` and `3`: the version a previous response gave in its ETag. */
function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,12})"?\s*$/.exec(header);
  if (!match) throw validationProblem([{ field: 'If-Match', code: 'format', message: 'If-Match must be a version from an ETag, like "3"' }], 'Invalid If-Match header.');
  return Number(match[1]);
}
