import type { INestApplication } from '@nestjs/common';
import type { Role } from '@xinfang/petition';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { signToken } from '../../apps/api/src/auth/sign-token.js';
import type { AppConfig } from '../../apps/api/src/config/app-config.js';
import { migrateDatabase } from '../../apps/api/src/database/migrate-database.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export interface TestApp {
  readonly app: INestApplication;
  readonly http: ReturnType<typeof request>;
  readonly database: TestDatabase;
  /** A direct connection to the same database, for asserting what was (not) stored. */
  readonly sql: pg.Pool;
  /** A `unit` role's token names its unit (`unit`, default `test-unit`). */
  token(role: Role | readonly Role[], user?: { sub?: string; name?: string; unit?: string }): Promise<string>;
  eventCount(): Promise<number>;
  close(): Promise<void>;
}

export function testConfig(databaseUrl: string, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    nodeEnv: 'test',
    host: '127.0.0.1',
    port: 0,
    database: { kind: 'external', url: databaseUrl },
    auth: { kind: 'hs256', secret: TEST_JWT_SECRET },
    session: { idleMinutes: 30, absoluteHours: 12, secureCookie: false },
    signInLockout: { maxFailures: 5, lockoutMinutes: 15 },
    eventStore: { kind: 'postgres' },
    projector: { enabled: true, readWaitMillis: 5_000, batchIntervalMillis: 50 },
    personalDataMasterKey: Buffer.alloc(32, 7),
    dueSoonDays: 3,
    signOffWaitingDays: 90,
    snapshotEvery: 100,
    bodyLimitBytes: 256 * 1024,
    headerLimitBytes: 16 * 1024,
    urlLimitBytes: 8 * 1024,
    attachmentLimitBytes: 20 * 1024 * 1024,
    logLevel: 'silent',
    corsOrigins: [],
    writeRateLimitPerMinute: 100_000,
    shutdownTimeoutMillis: 10_000,
    ...overrides,
  };
}

/** The whole application on a fresh database of the test server, driven over real HTTP. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  await migrateDatabase(database.url);
  const app = await createApp({ config: testConfig(database.url, overrides), databaseUrl: database.url }, { logger: false });
  await app.init();
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  sql.on('error', () => undefined);
  return {
    app,
    http: request(app.getHttpServer()),
    database,
    sql,
    token: (role, user = {}) => {
      const roles = typeof role === 'string' ? [role] : [...role];
      const sub = user.sub ?? `user-${roles.join('-')}`;
      const unit = user.unit ?? (roles.includes('unit') ? 'test-unit' : undefined);
      return signToken(TEST_JWT_SECRET, { sub, name: user.name ?? sub, roles, ...(unit ? { unit } : {}) });
    },
    eventCount: async () => Number((await sql.query<{ count: string }>('SELECT count(*) FROM event_store.events')).rows[0]!.count),
    close: async () => {
      await app.close();
      await sql.end();
      await database.drop();
    },
  };
}

/** A registration body that passes every rule; tests change one thing at a time. */
export function validPetition(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: 'visit',
    petitioners: [{ name: '王某某', idNumber: '11010519491231002X', phone: '13800138000', address: '射阳县某镇某村' }],
    subject: '征地补偿款未足额发放',
    content: '2024年村里征地，补偿款至今只发放了一半。',
    demands: '足额发放补偿款',
    category: 'housing_construction',
    responsibleUnit: '某某镇人民政府',
    receivedAt: '2026-11-02',
    ...overrides,
  };
}
