export type LimiterVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Allows `limit` hits per key in a window opened by the key's first hit. Windows are kept in the
 * order they opened, so the expired ones are forgotten from the front at each hit.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { readonly openedAt: number; hits: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMillis: number,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string): LimiterVerdict {
    const now = this.now();
    this.forgetExpired(now);
    let window = this.windows.get(key);
    if (!window) {
      window = { openedAt: now, hits: 0 };
      this.windows.set(key, window);
    }
    if (window.hits >= this.limit) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.openedAt + this.windowMillis - now) / 1000)) };
    window.hits += 1;
    return { allowed: true };
  }

  private forgetExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.openedAt < this.windowMillis) return;
      this.windows.delete(key);
    }
  }
}
