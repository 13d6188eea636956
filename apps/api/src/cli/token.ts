import { ROLES } from '@xinfang/petition';
import { signToken } from '../auth/sign-token.js';
import { isRole } from '../auth/principal.js';
import { ConfigError } from '../config/app-config.js';
import { loadConfig } from '../config/load-config.js';

const USAGE = `Prints a bearer token the running service accepts.

  npm run token -- <role>[,<role>...] [--sub <id>] [--name <display name>] [--unit <unit code>] [--ttl <e.g. 8h>]

Roles: ${ROLES.join(', ')}. Signed with JWT_SECRET, or outside production with the development
secret kept in .data/dev-jwt-secret (the same one \`npm start\` uses). A \`unit\` token needs --unit.`;

async function main(args: readonly string[]): Promise<void> {
  const [roleList, ...flags] = args;
  const roles = roleList?.split(',') ?? [];
  if (roles.length === 0 || !roles.every(isRole)) throw new UsageError();
  const option = (name: string) => {
    const index = flags.indexOf(`--${name}`);
    return index >= 0 ? flags[index + 1] : undefined;
  };
  const config = await loadConfig(process.env);
  if (config.auth.kind !== 'hs256') throw new Error('Tokens are verified against JWT_JWKS_URL: get one from that identity provider');
  const sub = option('sub') ?? `dev-${roles[0]}`;
  const token = await signToken(
    config.auth.secret,
    { sub, name: option('name') ?? sub, roles, ...(option('unit') ? { unit: option('unit')! } : {}) },
    { expiresIn: option('ttl') ?? '8h', ...(config.auth.issuer ? { issuer: config.auth.issuer } : {}), ...(config.auth.audience ? { audience: config.auth.audience } : {}) },
  );
  process.stdout.write(`${token}\n`);
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof UsageError ? USAGE : error instanceof ConfigError ? error.message : String(error));
  process.exit(error instanceof UsageError ? 2 : 1);
});
