import { type CanActivate, type ExecutionContext, Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Request } from 'express';
import { Database } from '../database/database.js';
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

interface WaitingHit {
  readonly caller: string;
  readonly settle: (window?: Window, error?: unknown) => void;
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
  /** Hits waiting for the statement under way to finish; they are counted together by the next one. */
  private waiting: WaitingHit[] = [];
  private counting = false;

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
    const window = await this.hit(caller);
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

  /**
   * One write counted for `caller`. Hits that arrive while a statement is under way are counted by
   * the next one, each by its own call of `write_rate_hit` in order, so each gets the count it would
   * have got alone: concurrent writes share a round trip instead of queueing for the pool one by one.
   */
  private hit(caller: string): Promise<Window> {
    return new Promise<Window>((resolve, reject) => {
      this.waiting.push({ caller, settle: (window, error) => (window ? resolve(window) : reject(error ?? new Error('counting the write failed'))) });
      void this.countWaiting();
    });
  }

  private async countWaiting(): Promise<void> {
    if (this.counting) return;
    this.counting = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MAX_HITS_PER_STATEMENT);
        try {
          const windows = await this.database.query<Window>(
            `SELECT h.writes, h.retry_after FROM unnest($1::text[]) WITH ORDINALITY AS c(caller, n), LATERAL write_rate_hit(c.caller, $2) h ORDER BY c.n`,
            [batch.map((hit) => hit.caller), WINDOW_SECONDS],
          );
          batch.forEach((hit, index) => hit.settle(windows[index]));
        } catch (error) {
          for (const hit of batch) hit.settle(undefined, error);
        }
      }
    } finally {
      this.counting = false;
    }
  }

  private async forgetExpired(): Promise<void> {
    await this.database.query('DELETE FROM write_rate_windows WHERE window_started_at <= now() - make_interval(secs => $1)', [WINDOW_SECONDS]);
  }
}
