import type { INestApplication } from '@nestjs/common';
import { createPostgresEventStore, type PostgresEventStore } from '@xinfang/event-store-postgres';
import { replayCheck } from '@xinfang/projection-engine';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { signToken } from '../../apps/api/src/auth/sign-token.js';
import type { AppConfig } from '../../apps/api/src/config/app-config.js';
import { openOfflineServices } from '../../apps/api/src/cli/offline-services.js';
import { migrateDatabase } from '../../apps/api/src/database/migrate-database.js';
import { ProjectorService } from '../../apps/api/src/projections/projector.service.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { TEST_JWT_SECRET, testConfig, validPetition } from '../support/test-app.js';

/** Three API instances on one PostgreSQL, as a bureau runs them behind a load balancer. */
async function threeInstances(database: TestDatabase, overrides: Partial<AppConfig>): Promise<INestApplication[]> {
  return Promise.all(
    [0, 1, 2].map(async () => {
      const app = await createApp({ config: testConfig(database.url, overrides), databaseUrl: database.url }, { logger: false });
      await app.init();
      return app;
    }),
  );
}

const clerkToken = (sub: string) => signToken(TEST_JWT_SECRET, { sub, name: '李科员', roles: ['clerk'] });

describe('several API instances share their limits', () => {
  let database: TestDatabase;
  let apps: INestApplication[];
  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateDatabase(database.url);
    apps = await threeInstances(database, { writeRateLimitPerMinute: 4 });
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await database.drop();
  });

  it('limits a caller’s writes across every instance together', async () => {
    const clerk = await clerkToken('clerk-everywhere');
    const statuses: number[] = [];
    for (let write = 0; write < 6; write++) {
      statuses.push((await request(apps[write % 3]!.getHttpServer()).post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition())).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
  });

  it('paces a receipt’s wrong codes across every instance together', async () => {
    const clerk = await clerkToken('clerk-for-lookups');
    const registered = await request(apps[0]!.getHttpServer()).post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition());
    await apps[0]!.get(ProjectorService).waitFor(registered.body.position);
    const wrong = String((Number(registered.body.accessCode) + 1) % 100_000_000).padStart(8, '0');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      statuses.push((await request(apps[attempt % 3]!.getHttpServer()).get(`/public/petitions/${registered.body.receiptNumber}`).query({ code: wrong })).status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
  });
});

describe('several API instances, the one projecting stopped', () => {
  let database: TestDatabase;
  let apps: INestApplication[];
  let store: PostgresEventStore;
  let pool: pg.Pool;
  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateDatabase(database.url);
    apps = await threeInstances(database, {});
    store = await createPostgresEventStore({ connectionString: database.url, migrate: false, poolSize: 2 });
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await store.close();
    await pool.end();
    await database.drop();
  });

  /** Registers and accepts `count` petitions through `app`; the last write's position. */
  async function write(app: INestApplication, count: number): Promise<string> {
    const clerk = await clerkToken('clerk-bulk');
    let position = '';
    for (let index = 0; index < count; index++) {
      const registered = await request(app.getHttpServer()).post('/petitions').set('Authorization', `Bearer ${clerk}`)
        .send(validPetition({ petitioners: [{ name: `信访人${index}`, phone: `1390000${String(index).padStart(4, '0')}` }] }));
      const accepted = await request(app.getHttpServer()).post(`/petitions/${registered.body.id}/acceptance`).set('Authorization', `Bearer ${clerk}`)
        .send({ decision: 'accepted', handlingUnit: '县人社局' });
      expect([registered.status, accepted.status]).toEqual([201, 200]);
      position = accepted.body.position;
    }
    return position;
  }

  it('lets another instance take over, and the read models end equal to a rebuild', async () => {
    const batchesBy = apps.map(() => 0);
    apps.forEach((app, index) => app.get(ProjectorService).onBatch(() => void batchesBy[index]!++));
    let lastBatchBy = -1;
    apps.forEach((app, index) => app.get(ProjectorService).onBatch(() => void (lastBatchBy = index)));

    await apps[0]!.get(ProjectorService).waitFor(await write(apps[0]!, 15));
    expect(lastBatchBy).toBeGreaterThanOrEqual(0);
    const stopped = lastBatchBy;
    const remaining = apps.filter((_, index) => index !== stopped);
    const closing = apps[stopped]!;
    apps = remaining;
    await closing.close();
    const batchesBeforeStop = [...batchesBy];

    const position = await write(remaining[0]!, 15);
    const read = await request(remaining[1]!.getHttpServer()).get('/petitions').query({ minPosition: position, limit: 200 }).set('Authorization', `Bearer ${await clerkToken('reader')}`);
    expect(read.status).toBe(200);
    expect(read.body.items).toHaveLength(30);
    expect(batchesBy[stopped]).toBe(batchesBeforeStop[stopped]);
    expect(batchesBy.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(batchesBeforeStop.reduce((sum, count) => sum + count, 0));

    const services = await openOfflineServices(database.url, Buffer.alloc(32, 7));
    try {
      for (const projection of services.projections) {
        const replay = await replayCheck(pool, store, projection);
        expect({ projection: projection.name, differences: replay.differences }).toEqual({ projection: projection.name, differences: [] });
      }
    } finally {
      await services.close();
    }
  }, 90_000);
});
