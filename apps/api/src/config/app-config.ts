import type { Role } from '@xinfang/petition';

export type NodeEnv = 'development' | 'production' | 'test';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseConfig =
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly port: number };

export type AuthConfig =
  | { readonly kind: 'hs256'; readonly secret: string; readonly issuer?: string; readonly audience?: string }
  | { readonly kind: 'jwks'; readonly jwksUrl: string; readonly issuer?: string; readonly audience?: string };

/** How long a workbench session lasts, and its cookie. */
export interface SessionConfig {
  /** A session unused this long ends. */
  readonly idleMinutes: number;
  /** A session ends this long after sign-in, however busy. */
  readonly absoluteHours: number;
  /** The cookie goes over HTTPS only: everywhere but development and test. */
  readonly secureCookie: boolean;
}

/** Failed password sign-ins per login name before the name is locked for a while. */
export interface SignInLockoutConfig {
  readonly maxFailures: number;
  readonly lockoutMinutes: number;
}

/** Single sign-on through an OpenID Connect provider, instead of the built-in directory's passwords. */
export interface OidcConfig {
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** This service's callback, as registered with the provider: https://…/auth/oidc/callback. */
  readonly redirectUrl: string;
  readonly scopes: string;
  /** The claims that carry the user's roles, unit code and display name. */
  readonly rolesClaim: string;
  readonly unitClaim: string;
  readonly nameClaim: string;
  /** The provider's role names → ours; a value already one of ours needs no entry. */
  readonly roleMap: Readonly<Record<string, Role>>;
}

export type EventStoreConfig =
  | { readonly kind: 'postgres' }
  | { readonly kind: 'kurrentdb'; readonly connectionString: string };

export interface AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseConfig;
  readonly auth: AuthConfig;
  readonly session: SessionConfig;
  readonly signInLockout: SignInLockoutConfig;
  /** Set: users sign in through this provider and the directory's passwords are not accepted. */
  readonly oidc?: OidcConfig;
  readonly eventStore: EventStoreConfig;
  readonly projector: {
    /** Run the live projections in this instance (several instances may; one projects each at a time). */
    readonly enabled: boolean;
    /** How long a read given `minPosition` waits for the read models. */
    readonly readWaitMillis: number;
    /** The least time between the starts of one projection's batches while writes keep coming (a waiting read skips it). */
    readonly batchIntervalMillis: number;
  };
  /** A clock with this many days or fewer left is "due soon". */
  readonly dueSoonDays: number;
  /** How many days a programme case stands resolved before it may be signed off (销号). */
  readonly signOffWaitingDays: number;
  /** A case snapshot every this many events (SNAPSHOT_EVERY; 0: none, every load folds the whole stream). */
  readonly snapshotEvery: number;
  /** Wraps each data subject's key; personal data in events is sealed under those keys. */
  readonly personalDataMasterKey: Buffer;
  /** Largest request body accepted, in bytes. */
  readonly bodyLimitBytes: number;
  /** Largest request line and headers together, in bytes (Node's maxHeaderSize). */
  readonly headerLimitBytes: number;
  /** Longest request URL (path and query), in bytes; at most the header limit. */
  readonly urlLimitBytes: number;
  /** Largest attachment accepted (a multipart upload's file), in bytes; JSON bodies keep `bodyLimitBytes`. */
  readonly attachmentLimitBytes: number;
  readonly logLevel: LogLevel;
  /** Browser origins allowed to call the API (CORS); none by default. */
  readonly corsOrigins: readonly string[];
  /** Writes (POST, PUT, PATCH, DELETE) one caller may make per minute. */
  readonly writeRateLimitPerMinute: number;
  /** On shutdown, how long running requests may take to finish before their connections are cut. */
  readonly shutdownTimeoutMillis: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}
