import { ROLES } from '@xinfang/petition';
import { signToken } from '../auth/sign-token.js';
import { isRole } from '../auth/principal.js';
import { ConfigError } from '../config/app-config.js';
import { loadConfig } from '../config/load-config.js';
import { exitWith, parseCommandLine, UsageError } from './command-line.js';

const USAGE = `Prints a bearer token the running service accepts.

  npm run token -- <role>[,<role>...] [--sub <id>] [--name <display name>] [--unit <unit code>] [--ttl <e.g. 8h>]

Roles: ${ROLES.join(', ')}. Signed with JWT_SECRET, or outside production with the development
secret kept in .data/dev-jwt-secret (the same one \`npm start\` uses). A \`unit\` token needs --unit.`;

const OPTIONS = { sub: { type: 'string' }, name: { type: 'string' }, unit: { type: 'string' }, ttl: { type: 'string' } } as const;

exitWith(
  USAGE,
  async () => {
    const { values, positionals } = parseCommandLine(USAGE, { options: OPTIONS, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Name the role(s) the token carries' : `Unexpected argument '${positionals[1]}'`);
    const roles = positionals[0]!.split(',');
    const unknown = roles.filter((role) => !isRole(role));
    if (unknown.length > 0) throw new UsageError(`Unknown role(s): ${unknown.join(', ')}`);
    const config = await loadConfig(process.env);
    if (config.auth.kind !== 'hs256') throw new Error('Tokens are verified against JWT_JWKS_URL: get one from that identity provider');
    const sub = values.sub ?? `dev-${roles[0]}`;
    const token = await signToken(
      config.auth.secret,
      { sub, name: values.name ?? sub, roles: roles.filter(isRole), ...(values.unit ? { unit: values.unit } : {}) },
      { expiresIn: values.ttl ?? '8h', ...(config.auth.issuer ? { issuer: config.auth.issuer } : {}), ...(config.auth.audience ? { audience: config.auth.audience } : {}) },
    );
    process.stdout.write(`${token}\n`);
    return 0;
  },
  (error) => (error instanceof ConfigError || error instanceof Error ? error.message : String(error)),
);
