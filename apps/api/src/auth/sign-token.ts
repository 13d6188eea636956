import { SignJWT } from 'jose';
import type { Role } from '@xinfang/petition';

export interface TokenClaims {
  readonly sub: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly unit?: string;
}

/** Signs an HS256 token the service accepts, for development, tests and the `npm run token` command. */
export async function signToken(secret: string, claims: TokenClaims, options: { expiresIn?: string; issuer?: string; audience?: string } = {}): Promise<string> {
  let jwt = new SignJWT({ name: claims.name, roles: [...claims.roles], ...(claims.unit ? { unit: claims.unit } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
