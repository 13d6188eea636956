import { type Role, ROLES } from '@xinfang/petition';
import type { NodeEnv, OidcConfig, SessionConfig, SignInLockoutConfig } from './app-config.js';
import { type Env, integer, isUrl } from './env-readers.js';

export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

export function sessionConfig(env: Env, nodeEnv: NodeEnv, problems: string[]): SessionConfig {
  return {
    idleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60, problems),
    absoluteHours: integer(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30, problems),
    secureCookie: nodeEnv === 'production',
  };
}

export function signInLockoutConfig(env: Env, problems: string[]): SignInLockoutConfig {
  return {
    maxFailures: integer(env, 'SIGN_IN_MAX_FAILURES', 5, 1, 100, problems),
    lockoutMinutes: integer(env, 'SIGN_IN_LOCKOUT_MINUTES', 15, 1, 24 * 60, problems),
  };
}

const OIDC_VARIABLES = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL', 'OIDC_SCOPES', 'OIDC_ROLES_CLAIM', 'OIDC_UNIT_CLAIM', 'OIDC_NAME_CLAIM', 'OIDC_ROLE_MAP'];

/** Single sign-on when OIDC_ISSUER_URL is set; its companions without it are a mistake, not a no-op. */
export function oidcConfig(env: Env, problems: string[]): OidcConfig | undefined {
  const issuerUrl = env.OIDC_ISSUER_URL?.trim();
  if (!issuerUrl) {
    const strays = OIDC_VARIABLES.filter((name) => env[name]?.trim());
    if (strays.length > 0) problems.push(`${strays.join(', ')} set without OIDC_ISSUER_URL: set it to sign in through that provider, or remove them`);
    return undefined;
  }
  const production = env.NODE_ENV?.trim() === 'production';
  const secureProtocols = production ? ['https:'] : ['https:', 'http:'];
  if (!isUrl(issuerUrl, secureProtocols)) problems.push(`OIDC_ISSUER_URL must be an ${production ? 'https' : 'http(s)'} URL`);
  const required = (name: string) => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is required with OIDC_ISSUER_URL`);
    return value ?? '';
  };
  const clientId = required('OIDC_CLIENT_ID');
  const clientSecret = required('OIDC_CLIENT_SECRET');
  const redirectUrl = required('OIDC_REDIRECT_URL');
  if (redirectUrl && (!isUrl(redirectUrl, secureProtocols) || new URL(redirectUrl).pathname !== OIDC_CALLBACK_PATH)) {
    problems.push(`OIDC_REDIRECT_URL must be this service's ${OIDC_CALLBACK_PATH} (https://<host>${OIDC_CALLBACK_PATH})`);
  }
  return {
    issuerUrl,
    clientId,
    clientSecret,
    redirectUrl,
    scopes: env.OIDC_SCOPES?.trim() || 'openid profile',
    rolesClaim: env.OIDC_ROLES_CLAIM?.trim() || 'roles',
    unitClaim: env.OIDC_UNIT_CLAIM?.trim() || 'unit',
    nameClaim: env.OIDC_NAME_CLAIM?.trim() || 'name',
    roleMap: roleMap(env.OIDC_ROLE_MAP ?? '', problems),
  };
}

/** `provider-role=our-role,…`: several of the provider's roles may map to one of ours. */
function roleMap(raw: string, problems: string[]): Record<string, Role> {
  const map: Record<string, Role> = {};
  for (const entry of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [from, to] = entry.split('=').map((part) => part.trim());
    if (!from || !to || !(ROLES as readonly string[]).includes(to)) {
      problems.push(`OIDC_ROLE_MAP must read provider-role=role, separated by commas, each role one of ${ROLES.join(', ')} (got "${entry}")`);
      continue;
    }
    map[from] = to as Role;
  }
  return map;
}
