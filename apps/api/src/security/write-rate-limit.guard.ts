import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedRequest } from '../auth/principal.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ProblemException, problemType } from '../http/problem.js';
import { FixedWindowLimiter } from './fixed-window-limiter.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * At most the configured number of writes a minute per caller — the token's subject, or the
 * address on a route open without a token — across all write routes together; reads are not
 * limited. Registered after the AuthGuard, so the caller is known.
 */
@Injectable()
export class WriteRateLimitGuard implements CanActivate {
  private readonly limiter: FixedWindowLimiter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.limiter = new FixedWindowLimiter(config.writeRateLimitPerMinute, 60_000);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    if (!WRITE_METHODS.has(request.method)) return true;
    const verdict = this.limiter.hit(request.principal ? `subject:${request.principal.id}` : `address:${request.ip ?? 'unknown'}`);
    if (verdict.allowed) return true;
    throw new ProblemException(
      {
        type: problemType('rate-limited'),
        title: 'Too many writes',
        status: 429,
        detail: `At most ${this.config.writeRateLimitPerMinute} writes a minute are accepted from one caller; retry in ${verdict.retryAfterSeconds} s.`,
      },
      { 'Retry-After': String(verdict.retryAfterSeconds) },
    );
  }
}
