import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEFAULT_SIGN_OFF_WAITING_DAYS } from '@xinfang/petition';
import { type AppConfig, type AuthConfig, ConfigError, type DatabaseConfig, type EventStoreConfig, LOG_LEVELS, type NodeEnv } from './app-config.js';
import { type Env, integer, isUrl, oneOf } from './env-readers.js';
import { oidcConfig, sessionConfig, signInLockoutConfig } from './sign-in-config.js';

const PLACEHOLDER_SECRETS = new Set(['secret', 'changeme', 'change-me', 'password', 'jwt-secret', 'development']);
const MIN_PRODUCTION_SECRET_LENGTH = 32;

/**
 * Reads and validates every variable once, at start-up, and names every bad one together.
 * `dataRoot` is where an embedded database and a development signing secret live.
 */
export async function loadConfig(env: Env, dataRoot = resolve(env.XINFANG_DATA_DIR ?? '.data')): Promise<AppConfig> {
  const problems: string[] = [];
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development', problems);
  const port = integer(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.HOST?.trim() || '0.0.0.0';
  const bodyLimitBytes = integer(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024, problems);
  const headerLimitBytes = integer(env, 'HEADER_LIMIT_BYTES', 16 * 1024, 4 * 1024, 1024 * 1024, problems);
  const urlLimitBytes = integer(env, 'URL_LIMIT_BYTES', 8 * 1024, 256, headerLimitBytes, problems);
  const attachmentLimitBytes = integer(env, 'ATTACHMENT_LIMIT_BYTES', 20 * 1024 * 1024, 1024, 100 * 1024 * 1024, problems);
  const logLevel = oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info', problems);
  const corsOrigins = origins(env, 'CORS_ORIGINS', problems);
  const writeRateLimitPerMinute = integer(env, 'WRITE_RATE_LIMIT', 300, 1, 1_000_000, problems);
  const shutdownTimeoutMillis = integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 120_000, problems);
  const database = databaseConfig(env, dataRoot, problems);
  const projector = {
    enabled: oneOf(env, 'PROJECTOR_ENABLED', ['true', 'false'] as const, 'true', problems) === 'true',
    readWaitMillis: integer(env, 'READ_WAIT_MS', 5_000, 0, 60_000, problems),
    batchIntervalMillis: integer(env, 'PROJECTOR_BATCH_INTERVAL_MS', 50, 0, 10_000, problems),
  };
  const eventStore = eventStoreConfig(env, problems);
  const auth = await authConfig(env, nodeEnv, dataRoot, problems);
  const personalDataMasterKey = await masterKeyConfig(env, nodeEnv, dataRoot, problems);
  const dueSoonDays = integer(env, 'DUE_SOON_DAYS', 3, 0, 30, problems);
  const session = sessionConfig(env, nodeEnv, problems);
  const signInLockout = signInLockoutConfig(env, problems);
  const oidc = oidcConfig(env, problems);
  const signOffWaitingDays = integer(env, 'SIGN_OFF_WAITING_DAYS', DEFAULT_SIGN_OFF_WAITING_DAYS, 0, 3650, problems);
  const snapshotEvery = integer(env, 'SNAPSHOT_EVERY', 100, 0, 100_000, problems);
  if (problems.length > 0 || !auth) throw new ConfigError(problems);
  return {
    nodeEnv, host, port, database, auth, session, signInLockout, ...(oidc ? { oidc } : {}), eventStore, projector, personalDataMasterKey, dueSoonDays, signOffWaitingDays, snapshotEvery, bodyLimitBytes,
    headerLimitBytes, urlLimitBytes, attachmentLimitBytes,
    logLevel, corsOrigins, writeRateLimitPerMinute, shutdownTimeoutMillis,
  };
}

function databaseConfig(env: Env, dataRoot: string, problems: string[]): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!isUrl(url, ['postgres:', 'postgresql:'])) problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
    return { kind: 'external', url };
  }
  return {
    kind: 'embedded',
    dataDir: resolve(env.EMBEDDED_PG_DATA_DIR?.trim() || resolve(dataRoot, 'postgres')),
    port: integer(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535, problems),
  };
}

function eventStoreConfig(env: Env, problems: string[]): EventStoreConfig {
  const kind = oneOf(env, 'EVENT_STORE', ['postgres', 'kurrentdb'] as const, 'postgres', problems);
  if (kind === 'postgres') return { kind };
  const connectionString = env.EVENTSTORE_CONNECTION_STRING?.trim();
  if (!connectionString || !isUrl(connectionString, ['esdb:', 'esdb+discover:', 'kurrentdb:', 'kurrentdb+discover:', 'kdb:', 'kdb+discover:'])) {
    problems.push('EVENTSTORE_CONNECTION_STRING must be an esdb:// or kurrentdb:// connection string when EVENT_STORE=kurrentdb');
  }
  return { kind, connectionString: connectionString ?? '' };
}

async function authConfig(env: Env, nodeEnv: NodeEnv, dataRoot: string, problems: string[]): Promise<AuthConfig | undefined> {
  const issuer = env.JWT_ISSUER?.trim() || undefined;
  const audience = env.JWT_AUDIENCE?.trim() || undefined;
  const claims = { ...(issuer ? { issuer } : {}), ...(audience ? { audience } : {}) };
  const jwksUrl = env.JWT_JWKS_URL?.trim();
  const secret = env.JWT_SECRET;
  if (jwksUrl && secret) {
    problems.push('JWT_SECRET and JWT_JWKS_URL are both set: choose one way to verify tokens');
    return undefined;
  }
  if (jwksUrl) {
    if (!isUrl(jwksUrl, ['https:', 'http:'])) problems.push('JWT_JWKS_URL must be an http(s) URL');
    return { kind: 'jwks', jwksUrl, ...claims };
  }
  if (secret !== undefined) {
    if (nodeEnv === 'production' && (secret.length < MIN_PRODUCTION_SECRET_LENGTH || PLACEHOLDER_SECRETS.has(secret.toLowerCase()))) {
      problems.push(`JWT_SECRET must be a real secret of at least ${MIN_PRODUCTION_SECRET_LENGTH} characters in production`);
    } else if (secret.length === 0) {
      problems.push('JWT_SECRET is set but empty');
    }
    return { kind: 'hs256', secret, ...claims };
  }
  if (nodeEnv === 'production') {
    problems.push('JWT_SECRET (or JWT_JWKS_URL) is required when NODE_ENV=production');
    return undefined;
  }
  return { kind: 'hs256', secret: await developmentSecret(dataRoot), ...claims };
}

async function masterKeyConfig(env: Env, nodeEnv: NodeEnv, dataRoot: string, problems: string[]): Promise<Buffer> {
  const encoded = env.PII_MASTER_KEY?.trim();
  if (encoded) {
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32 || key.toString('base64') !== encoded.replace(/=*$/, (pad) => pad)) {
      problems.push('PII_MASTER_KEY must be 32 random bytes, base64-encoded (openssl rand -base64 32)');
    }
    return key;
  }
  if (nodeEnv === 'production') {
    problems.push('PII_MASTER_KEY is required when NODE_ENV=production (openssl rand -base64 32)');
    return Buffer.alloc(32);
  }
  return Buffer.from(await developmentSecret(dataRoot, 'dev-pii-master-key', () => randomBytes(32).toString('base64')), 'base64');
}

/** Outside production, a random secret kept beside the data so the server and `npm run token` agree. */
export async function developmentSecret(dataRoot: string, name = 'dev-jwt-secret', generate = () => randomBytes(32).toString('base64url')): Promise<string> {
  const file = resolve(dataRoot, name);
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing?.trim()) return existing.trim();
  const secret = generate();
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Comma-separated browser origins: http(s), host and port, nothing after. */
function origins(env: Env, name: string, problems: string[]): string[] {
  const entries = (env[name] ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries.flatMap((entry) => {
    const url = isUrl(entry, ['http:', 'https:']) ? new URL(entry) : undefined;
    if (url && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password) return [url.origin];
    problems.push(`${name} must list origins such as https://app.example.org, separated by commas (got "${entry}")`);
    return [];
  });
}
