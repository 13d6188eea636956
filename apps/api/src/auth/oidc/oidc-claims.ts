import { type Role, ROLES, UNIT_CODE_PATTERN } from '@xinfang/petition';
import type { OidcConfig } from '../../config/app-config.js';
import { displayNameOf, hasUnstorableClaims, type Principal } from '../principal.js';

export type ClaimsMapping = Pick<OidcConfig, 'rolesClaim' | 'unitClaim' | 'nameClaim' | 'roleMap'>;

export class UnusableClaimsError extends Error {
  override readonly name = 'UnusableClaimsError';
}

/**
 * The workbench user an identity provider vouches for: its `sub`, a display name, our roles mapped
 * from the provider's (unknown ones ignored), and a unit code for a unit user. Claim names may be
 * dotted paths (`realm_access.roles`), as some providers nest them.
 */
export function principalFromClaims(claims: Readonly<Record<string, unknown>>, mapping: ClaimsMapping): Principal {
  const sub = claims.sub;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200) throw new UnusableClaimsError('the provider gave no usable subject (sub)');
  const roles = rolesOf(claimAt(claims, mapping.rolesClaim), mapping.roleMap);
  if (roles.length === 0) throw new UnusableClaimsError(`the provider’s "${mapping.rolesClaim}" claim names none of the roles ${ROLES.join(', ')}`);
  const unit = claimAt(claims, mapping.unitClaim);
  if (unit !== undefined && (typeof unit !== 'string' || !UNIT_CODE_PATTERN.test(unit))) throw new UnusableClaimsError(`the "${mapping.unitClaim}" claim is not a unit code`);
  if (roles.includes('unit') && unit === undefined) throw new UnusableClaimsError(`a unit user needs the "${mapping.unitClaim}" claim`);
  const name = [claimAt(claims, mapping.nameClaim), claims.preferred_username].find((value): value is string => typeof value === 'string' && value.trim().length > 0);
  if (hasUnstorableClaims(sub, name)) throw new UnusableClaimsError('the provider’s subject or name holds NUL or unpaired UTF-16 surrogates');
  return { id: sub, name: displayNameOf(name, sub), roles, ...(typeof unit === 'string' ? { unit } : {}) };
}

function claimAt(claims: Readonly<Record<string, unknown>>, path: string): unknown {
  if (path in claims) return claims[path];
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), claims);
}

function rolesOf(value: unknown, roleMap: Readonly<Record<string, Role>>): Role[] {
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const roles = names.flatMap((name): Role[] => {
    if (typeof name !== 'string') return [];
    const mapped = roleMap[name] ?? name;
    return (ROLES as readonly string[]).includes(mapped) ? [mapped as Role] : [];
  });
  return [...new Set(roles)];
}
