export type NodeEnv = 'development' | 'production' | 'test';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseConfig =
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly port: number };

export type AuthConfig =
  | { readonly kind: 'hs256'; readonly secret: string; readonly issuer?: string; readonly audience?: string }
  | { readonly kind: 'jwks'; readonly jwksUrl: string; readonly issuer?: string; readonly audience?: string };

export type EventStoreConfig =
  | { readonly kind: 'postgres' }
  | { readonly kind: 'kurrentdb'; readonly connectionString: string };

export interface AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseConfig;
  readonly auth: AuthConfig;
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
  /** Wraps each data subject's key; personal data in events is sealed under those keys. */
  readonly personalDataMasterKey: Buffer;
  /** Largest request body accepted, in bytes. */
  readonly bodyLimitBytes: number;
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
