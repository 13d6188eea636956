import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config/app-config.js';
import { UNIT_CODE_PATTERN } from '@xinfang/petition';
import { displayNameOf, hasUnstorableClaims, isRole, type Principal, ROLES } from './principal.js';

export type TokenVerifier = (token: string) => Promise<Principal>;

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

const CACHE_LIMIT = 10_000;
const CACHE_MILLIS = 60_000;

/**
 * Remembers tokens already verified, for at most a minute and never past their expiry: signature
 * checks were a tenth of a busy API's CPU, and a client sends the same token with every request.
 */
export function cachingVerifier(verify: TokenVerifier, now: () => number = Date.now): TokenVerifier {
  const verified = new Map<string, { principal: Principal; until: number }>();
  return async (token) => {
    const hit = verified.get(token);
    if (hit && hit.until > now()) return hit.principal;
    verified.delete(token);
    const principal = await verify(token);
    const expiresAt = (decodeExpiry(token) ?? Infinity) * 1000;
    if (verified.size >= CACHE_LIMIT) verified.delete(verified.keys().next().value!);
    verified.set(token, { principal, until: Math.min(now() + CACHE_MILLIS, expiresAt) });
    return principal;
  };
}

function decodeExpiry(token: string): number | undefined {
  try {
    const payload: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    const exp = (payload as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : undefined;
  } catch {
    return undefined;
  }
}

export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  return cachingVerifier(createUncachedTokenVerifier(config));
}

function createUncachedTokenVerifier(config: AuthConfig): TokenVerifier {
  const options = {
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };
  if (config.kind === 'jwks') {
    const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(config.jwksUrl));
    return async (token) => toPrincipal(await verifyOrReject(() => jwtVerify(token, keys, options)));
  }
  const key = new TextEncoder().encode(config.secret);
  return async (token) => toPrincipal(await verifyOrReject(() => jwtVerify(token, key, { ...options, algorithms: ['HS256'] })));
}

async function verifyOrReject(verify: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
  try {
    return (await verify()).payload;
  } catch (error) {
    throw new InvalidTokenError(error instanceof Error ? error.message : 'token rejected');
  }
}

function toPrincipal(payload: JWTPayload): Principal {
  const { sub, name, roles, unit } = payload as JWTPayload & { name?: unknown; roles?: unknown; unit?: unknown };
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200) throw new InvalidTokenError('the token has no subject');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw new InvalidTokenError(`the token must carry "roles": one or more of ${ROLES.join(', ')}`);
  }
  if (unit !== undefined && (typeof unit !== 'string' || !UNIT_CODE_PATTERN.test(unit))) throw new InvalidTokenError('the "unit" claim must be a unit code');
  if (roles.includes('unit') && unit === undefined) throw new InvalidTokenError('a token with the role "unit" must name its unit in the "unit" claim');
  if (hasUnstorableClaims(sub, name)) throw new InvalidTokenError('"sub" and "name" may not contain NUL or unpaired UTF-16 surrogates');
  return { id: sub, name: displayNameOf(name, sub), roles, ...(typeof unit === 'string' ? { unit } : {}) };
}
