import type { Principal } from './principal.js';
import { cachingVerifier } from './token-verifier.js';

const principal: Principal = { id: 'u1', name: 'U', roles: ['clerk'] };
const tokenExpiringAt = (exp: number) => `h.${Buffer.from(JSON.stringify({ sub: 'u1', exp })).toString('base64url')}.s`;

describe('cachingVerifier', () => {
  it('verifies a token once, then answers from memory until a minute has passed', async () => {
    let clock = 1_000_000;
    let calls = 0;
    const verify = cachingVerifier(async () => {
      calls++;
      return principal;
    }, () => clock);
    const token = tokenExpiringAt(clock / 1000 + 3600);
    await verify(token);
    await verify(token);
    expect(calls).toBe(1);
    clock += 61_000;
    await verify(token);
    expect(calls).toBe(2);
  });

  it('never remembers a token past its expiry', async () => {
    let clock = 1_000_000;
    let calls = 0;
    const verify = cachingVerifier(async () => {
      calls++;
      return principal;
    }, () => clock);
    const token = tokenExpiringAt(clock / 1000 + 5);
    await verify(token);
    clock += 6_000;
    await verify(token);
    expect(calls).toBe(2);
  });

  it('does not remember a token it refused', async () => {
    let calls = 0;
    const verify = cachingVerifier(async () => {
      calls++;
      throw new Error('bad signature');
    });
    await expect(verify('a.b.c')).rejects.toThrow('bad signature');
    await expect(verify('a.b.c')).rejects.toThrow('bad signature');
    expect(calls).toBe(2);
  });
});
