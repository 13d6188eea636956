import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './app-config.js';
import { loadConfig } from './load-config.js';

describe('loadConfig', () => {
  let dataRoot: string;
  beforeEach(async () => {
    dataRoot = await mkdtemp(join(tmpdir(), 'xinfang-config-'));
  });

  const problemsOf = async (env: Record<string, string>) => {
    const error = await loadConfig(env, dataRoot).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  };

  it('runs with no configuration on an embedded database and a development secret it keeps', async () => {
    const config = await loadConfig({}, dataRoot);
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, database: { kind: 'embedded', dataDir: join(dataRoot, 'postgres'), port: 54329 }, eventStore: { kind: 'postgres' } });
    expect(config.auth.kind).toBe('hs256');
    const kept = (await readFile(join(dataRoot, 'dev-jwt-secret'), 'utf8')).trim();
    expect(config.auth).toMatchObject({ secret: kept });
    expect((await loadConfig({}, dataRoot)).auth).toMatchObject({ secret: kept });
  });

  it('uses DATABASE_URL and starts no embedded server', async () => {
    expect((await loadConfig({ DATABASE_URL: 'postgres://u@db:5432/x' }, dataRoot)).database).toEqual({ kind: 'external', url: 'postgres://u@db:5432/x' });
  });

  it('refuses to start in production without a real secret', async () => {
    const masterKey = Buffer.alloc(32, 1).toString('base64');
    expect(await problemsOf({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', PII_MASTER_KEY: masterKey })).toEqual([expect.stringContaining('JWT_SECRET')]);
    expect(await problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'changeme', PII_MASTER_KEY: masterKey })).toEqual([expect.stringContaining('at least 32')]);
    expect(await problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(40) })).toEqual([expect.stringContaining('PII_MASTER_KEY')]);
    expect(await problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(40), PII_MASTER_KEY: 'c2hvcnQ=' })).toEqual([expect.stringContaining('32 random bytes')]);
    const config = await loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(40), PII_MASTER_KEY: masterKey }, dataRoot);
    expect(config.auth).toEqual({ kind: 'hs256', secret: 'k'.repeat(40) });
  });

  it('names every bad variable at once', async () => {
    const problems = await problemsOf({ PORT: 'eighty', NODE_ENV: 'staging', DATABASE_URL: 'mysql://x', EVENT_STORE: 'mongo', EMBEDDED_PG_PORT: '0' });
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/NODE_ENV/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL/);
    expect(problems.join('\n')).toMatch(/EVENT_STORE/);
    expect(problems).toHaveLength(4);
  });

  it('takes attachments up to 20 MB unless ATTACHMENT_LIMIT_BYTES says otherwise, and names a bad one', async () => {
    expect((await loadConfig({}, dataRoot)).attachmentLimitBytes).toBe(20 * 1024 * 1024);
    expect((await loadConfig({ ATTACHMENT_LIMIT_BYTES: '5242880' }, dataRoot)).attachmentLimitBytes).toBe(5 * 1024 * 1024);
    expect(await problemsOf({ ATTACHMENT_LIMIT_BYTES: '20MB' })).toEqual([expect.stringContaining('ATTACHMENT_LIMIT_BYTES must be a whole number')]);
    expect(await problemsOf({ ATTACHMENT_LIMIT_BYTES: String(200 * 1024 * 1024) })).toEqual([expect.stringContaining('ATTACHMENT_LIMIT_BYTES')]);
  });

  it('accepts a JWKS URL instead of a secret, but not both', async () => {
    expect((await loadConfig({ JWT_JWKS_URL: 'https://id.example/jwks.json', JWT_ISSUER: 'https://id.example' }, dataRoot)).auth).toEqual({
      kind: 'jwks',
      jwksUrl: 'https://id.example/jwks.json',
      issuer: 'https://id.example',
    });
    expect(await problemsOf({ JWT_JWKS_URL: 'https://id.example/jwks.json', JWT_SECRET: 'x'.repeat(40) })).toEqual([expect.stringContaining('both')]);
  });

  it('chooses KurrentDB for the events when told, and needs its connection string', async () => {
    expect((await loadConfig({ EVENT_STORE: 'kurrentdb', EVENTSTORE_CONNECTION_STRING: 'kurrentdb://localhost:2113?tls=false' }, dataRoot)).eventStore).toEqual({
      kind: 'kurrentdb',
      connectionString: 'kurrentdb://localhost:2113?tls=false',
    });
    expect(await problemsOf({ EVENT_STORE: 'kurrentdb' })).toEqual([expect.stringContaining('EVENTSTORE_CONNECTION_STRING')]);
  });
  it('reads the session lifetimes and the lockout, and makes the cookie Secure in production only', async () => {
    const config = await loadConfig({ SESSION_IDLE_MINUTES: '20', SESSION_MAX_HOURS: '8', SIGN_IN_MAX_FAILURES: '3', SIGN_IN_LOCKOUT_MINUTES: '30' }, dataRoot);
    expect(config.session).toEqual({ idleMinutes: 20, absoluteHours: 8, secureCookie: false });
    expect(config.signInLockout).toEqual({ maxFailures: 3, lockoutMinutes: 30 });
    expect((await loadConfig({}, dataRoot)).session).toEqual({ idleMinutes: 30, absoluteHours: 12, secureCookie: false });
    const production = await loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(40), PII_MASTER_KEY: Buffer.alloc(32, 1).toString('base64') }, dataRoot);
    expect(production.session.secureCookie).toBe(true);
    expect(await problemsOf({ SESSION_IDLE_MINUTES: '0', SIGN_IN_MAX_FAILURES: 'many' })).toEqual([expect.stringContaining('SESSION_IDLE_MINUTES'), expect.stringContaining('SIGN_IN_MAX_FAILURES')]);
  });

  it('turns single sign-on on with OIDC_ISSUER_URL and its companions, and names what is missing or stray', async () => {
    const oidc = { OIDC_ISSUER_URL: 'https://id.example', OIDC_CLIENT_ID: 'xinfang', OIDC_CLIENT_SECRET: 's3cret', OIDC_REDIRECT_URL: 'https://xf.example/auth/oidc/callback' };
    expect((await loadConfig({ ...oidc, OIDC_ROLES_CLAIM: 'realm_access.roles', OIDC_ROLE_MAP: 'xf-clerk=clerk, xf-judge=panel' }, dataRoot)).oidc).toEqual({
      issuerUrl: 'https://id.example', clientId: 'xinfang', clientSecret: 's3cret', redirectUrl: 'https://xf.example/auth/oidc/callback', scopes: 'openid profile',
      rolesClaim: 'realm_access.roles', unitClaim: 'unit', nameClaim: 'name', roleMap: { 'xf-clerk': 'clerk', 'xf-judge': 'panel' },
    });
    expect((await loadConfig({}, dataRoot)).oidc).toBeUndefined();
    expect(await problemsOf({ OIDC_ISSUER_URL: 'https://id.example' })).toEqual([expect.stringContaining('OIDC_CLIENT_ID'), expect.stringContaining('OIDC_CLIENT_SECRET'), expect.stringContaining('OIDC_REDIRECT_URL')]);
    expect(await problemsOf({ ...oidc, OIDC_REDIRECT_URL: 'https://xf.example/callback' })).toEqual([expect.stringContaining('/auth/oidc/callback')]);
    expect(await problemsOf({ ...oidc, OIDC_ROLE_MAP: 'xf-boss=boss' })).toEqual([expect.stringContaining('OIDC_ROLE_MAP')]);
    expect(await problemsOf({ OIDC_CLIENT_ID: 'xinfang' })).toEqual([expect.stringContaining('without OIDC_ISSUER_URL')]);
    const production = { NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(40), PII_MASTER_KEY: Buffer.alloc(32, 1).toString('base64') };
    expect(await problemsOf({ ...production, ...oidc, OIDC_ISSUER_URL: 'http://id.example' })).toEqual([expect.stringContaining('https')]);
  });
});
