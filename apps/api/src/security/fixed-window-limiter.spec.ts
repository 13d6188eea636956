import { FixedWindowLimiter } from './fixed-window-limiter.js';

describe('FixedWindowLimiter', () => {
  let now: number;
  const limiter = () => new FixedWindowLimiter(3, 60_000, () => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows the limit, then refuses with the seconds until the window ends', () => {
    const limit = limiter();
    expect([1, 2, 3].map(() => limit.hit('a').allowed)).toEqual([true, true, true]);
    now += 20_500;
    expect(limit.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 40 });
  });

  it('counts each key on its own', () => {
    const limit = limiter();
    for (let i = 0; i < 3; i++) limit.hit('a');
    expect(limit.hit('a').allowed).toBe(false);
    expect(limit.hit('b').allowed).toBe(true);
  });

  it('opens a new window once the old one has passed', () => {
    const limit = limiter();
    for (let i = 0; i < 4; i++) limit.hit('a');
    now += 60_000;
    expect(limit.hit('a').allowed).toBe(true);
  });
});
