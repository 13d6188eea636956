import { type CallHandler, type ExecutionContext, HttpStatus, Injectable, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { canonicalJson } from '@xinfang/event-store';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { catchError, from, type Observable, of, switchMap, throwError } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/principal.js';
import { ProblemException, problemType } from '../http/problem.js';
import { idempotencyKeyOf } from '../http/request-context.js';
import { IdempotencyStore } from './idempotency.store.js';

const REPLAYED_HEADERS = ['etag', 'location'];

/**
 * `Idempotency-Key` on a POST: the first answer is kept and given again for the same key and body;
 * the same key with another body is refused (422); a key still being worked on answers 409.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.method === 'POST' ? idempotencyKeyOf(request) : undefined;
    if (!key || !request.actor) return next.handle();
    const actorId = request.actor.id;
    const statusCode = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    // An upload's file is part of the request: the same key with other bytes is another request.
    const file = request.file ? `\n${createHash('sha256').update(request.file.buffer).digest('hex')}` : '';
    const requestHash = createHash('sha256').update(`${request.method} ${request.path}\n${canonicalJson(request.body ?? null)}${file}`).digest('hex');
    return from(this.store.claim(actorId, key, requestHash)).pipe(
      switchMap((claim) => {
        switch (claim.kind) {
          case 'replay':
            for (const [name, value] of Object.entries(claim.response.headers)) response.setHeader(name, value);
            response.setHeader('Idempotent-Replayed', 'true');
            return of(claim.response.body);
          case 'mismatch':
            return throwError(() => keyReusedProblem());
          case 'in_progress':
            return throwError(() => inProgressProblem());
          case 'proceed':
            return next.handle().pipe(
              switchMap((body) => from(this.store.complete(actorId, key, { statusCode, headers: kept(response), body })).pipe(switchMap(() => of(body)))),
              catchError((error: unknown) => from(this.store.release(actorId, key)).pipe(switchMap(() => throwError(() => error)))),
            );
        }
      }),
    );
  }
}

function kept(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = response.getHeader(name);
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

function keyReusedProblem(): ProblemException {
  return new ProblemException({
    type: problemType('idempotency-key-reused'),
    title: 'Idempotency-Key reused with another request',
    status: 422,
    detail: 'This Idempotency-Key was already used with a different request body or path; use a new key for a new request.',
  });
}

function inProgressProblem(): ProblemException {
  return new ProblemException(
    {
      type: problemType('idempotency-key-in-progress'),
      title: 'A request with this Idempotency-Key is in progress',
      status: 409,
      detail: 'The first request with this key has not finished; retry shortly to get its answer.',
    },
    { 'Retry-After': '1' },
  );
}
