import { type CanActivate, type ExecutionContext, Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Request } from 'express';
import { Database } from '../database/database.js';
import { StatementBatcher } from '../database/statement-batcher.js';
import type { AuthenticatedRequest } from '../auth/principal.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ProblemException, problemType } from '../http/problem.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WINDOW_SECONDS = 60;
const CLEANUP_MILLIS = 5 * 60_000;
/** Most hits counted by one statement. */
const MAX_HITS_PER_STATEMENT = 500;

interface Window {
  writes: number;
  retry_after: number;
}

/**
 * At most the configured number of writes a minute per caller — the token's subject, or the
 * address on a route open without a token — across all write routes and all API instances
 * together (counted in PostgreSQL, in a window opened by the caller's first write); reads are not
 * limited. Registered after the AuthGuard, so the caller is known.
 */
@Injectable()
export class WriteRateLimitGuard implements CanActivate, OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  /**
   * One write counted per caller: hits arriving together are counted by one statement, each by its
   * own call of `write_rate_hit` in order, so each gets the count it would have got alone.
   */
  private readonly hits = new StatementBatcher<string, Window>(MAX_HITS_PER_STATEMENT, (callers) =>
    this.database.query<Window>(
      `SELECT h.writes, h.retry_after FROM unnest($1::text[]) WITH ORDINALITY AS c(caller, n), LATERAL write_rate_hit(c.caller, $2) h ORDER BY c.n`,
      [callers, WINDOW_SECONDS],
    ),
  );

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.forgetExpired().catch(() => undefined), CLEANUP_MILLIS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    if (!WRITE_METHODS.has(request.method)) return true;
    const caller = request.principal ? `subject:${request.principal.id}` : `address:${request.ip ?? 'unknown'}`;
    const window = await this.hits.ask(caller);
    if (window.writes <= this.config.writeRateLimitPerMinute) return true;
    const retryAfterSeconds = Math.max(1, window.retry_after);
    throw new ProblemException(
      {
        type: problemType('rate-limited'),
        title: 'Too many writes',
        status: 429,
        detail: `At most ${this.config.writeRateLimitPerMinute} writes a minute are accepted from one caller; retry in ${retryAfterSeconds} s.`,
      },
      { 'Retry-After': String(retryAfterSeconds) },
    );
  }

  private async forgetExpired(): Promise<void> {
    await this.database.query('DELETE FROM write_rate_windows WHERE window_started_at <= now() - make_interval(secs => $1)', [WINDOW_SECONDS]);
  }
}
