import { principalFromClaims, UnusableClaimsError } from './oidc-claims.js';

const mapping = { rolesClaim: 'roles', unitClaim: 'unit', nameClaim: 'name', roleMap: { 'xf-clerk': 'clerk' as const } };

describe('principalFromClaims', () => {
  it('takes the subject, the name and our roles, mapping the provider’s role names and ignoring unknown ones', () => {
    expect(principalFromClaims({ sub: 'u-1', name: ' 李科员 ', roles: ['xf-clerk', 'auditor', 'mail-user', 'xf-clerk'] }, mapping)).toEqual({ id: 'u-1', name: '李科员', roles: ['clerk', 'auditor'] });
  });

  it('reads nested claims and space-separated role lists, and falls back to preferred_username for the name', () => {
    const nested = { ...mapping, rolesClaim: 'realm_access.roles' };
    expect(principalFromClaims({ sub: 'u-2', preferred_username: 'wang', realm_access: { roles: ['panel'] } }, nested)).toEqual({ id: 'u-2', name: 'wang', roles: ['panel'] });
    expect(principalFromClaims({ sub: 'u-3', roles: 'clerk leader' }, mapping).roles).toEqual(['clerk', 'leader']);
  });

  it('needs a unit code for a unit user, and refuses a user with none of our roles', () => {
    expect(principalFromClaims({ sub: 'u-4', roles: ['unit'], unit: 'town-01' }, mapping)).toEqual({ id: 'u-4', name: 'u-4', roles: ['unit'], unit: 'town-01' });
    expect(() => principalFromClaims({ sub: 'u-4', roles: ['unit'] }, mapping)).toThrow(UnusableClaimsError);
    expect(() => principalFromClaims({ sub: 'u-4', roles: ['unit'], unit: 'not a code' }, mapping)).toThrow(/unit code/);
    expect(() => principalFromClaims({ sub: 'u-5', roles: ['mail-user'] }, mapping)).toThrow(/names none of the roles/);
    expect(() => principalFromClaims({ roles: ['clerk'] }, mapping)).toThrow(/subject/);
  });

  it('refuses a subject or name PostgreSQL cannot store, and cuts a long name by characters', () => {
    for (const claims of [{ sub: 'u-6\u0000' }, { sub: 'u-6', name: '李\ud800' }, { sub: 'u-6', preferred_username: '\udc00' }]) {
      expect(() => principalFromClaims({ ...claims, roles: ['clerk'] }, mapping)).toThrow(UnusableClaimsError);
    }
    expect(principalFromClaims({ sub: 'u-7', name: '李'.repeat(99) + '😀😀', roles: ['clerk'] }, mapping).name).toBe('李'.repeat(99) + '😀');
  });
});
