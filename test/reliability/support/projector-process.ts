import { createPostgresEventStore } from '@xinfang/event-store-postgres';
import { type Projection, Projector } from '@xinfang/projection-engine';
import pg from 'pg';
import { openOfflineServices } from '../../../apps/api/src/cli/offline-services.js';

/*
 * The service's live projections in a process of their own, for the crash tests: run with tsx
 * against DATABASE_URL (PII_MASTER_KEY, base64) until SIGTERM. PROJECTOR_BATCH_SIZE sets the batch
 * size; PROJECTOR_HOLD_MS keeps each batch's transaction open that long after applying its events
 * and before moving the checkpoint (its last statement selects HOLDING_MARK meanwhile), so that a
 * kill lands in the middle of a batch.
 */
const databaseUrl = required('DATABASE_URL');
const masterKey = Buffer.from(required('PII_MASTER_KEY'), 'base64');
const batchSize = Number(process.env.PROJECTOR_BATCH_SIZE ?? 500);
const holdMillis = Number(process.env.PROJECTOR_HOLD_MS ?? 0);
/** The holding connection's last statement, as pg_stat_activity shows it: events applied, checkpoint not yet moved. */
const HOLDING_MARK = 'xf: batch applied, checkpoint not moved yet';

const services = await openOfflineServices(databaseUrl, masterKey);
const store = await createPostgresEventStore({ connectionString: databaseUrl, migrate: false, poolSize: 2 });
const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const projector = new Projector(pool, store, services.projections.map(holdingEachBatch), {
  batchSize,
  idleMillis: 50,
  onError: (projection, error) => console.error(`${projection} failed a batch: ${error instanceof Error ? error.message : String(error)}`),
});
projector.start();
console.log('projector started');

process.once('SIGTERM', () => {
  void (async () => {
    await projector.stop();
    await Promise.all([store.close(), pool.end(), services.close()]);
    process.exit(0);
  })();
});

function holdingEachBatch(projection: Projection): Projection {
  if (holdMillis <= 0) return projection;
  return {
    ...projection,
    apply: async (events, tx, schema) => {
      await projection.apply(events, tx, schema);
      await tx.query(`SELECT '${HOLDING_MARK}'`);
      await new Promise((resolve) => setTimeout(resolve, holdMillis));
    },
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}
