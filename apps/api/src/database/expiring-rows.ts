import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';

const SWEEP_MILLIS = 5 * 60_000;

/**
 * A table whose rows expire (sessions, sign-in attempts, pending sign-ins, lookup attempts): every
 * few minutes each instance deletes what has expired. Readers check expiry themselves, so a sweep
 * that fails or runs late only keeps dead rows a little longer; it is tried again at the next one.
 */
export abstract class ExpiringRows implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;

  protected abstract forgetExpired(): Promise<void>;

  onModuleInit(): void {
    this.timer = setInterval(() => void this.forgetExpired().catch(() => undefined), SWEEP_MILLIS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
