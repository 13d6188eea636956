import { resolveDatabase } from '../../../apps/api/src/database/resolve-database.js';

/** An embedded PostgreSQL owned by a process of its own, as `npm start` owns one, for a test to kill. */
const database = await resolveDatabase({ kind: 'embedded', dataDir: process.env.EMBEDDED_PG_DATA_DIR!, port: Number(process.env.EMBEDDED_PG_PORT) }, () => undefined);
console.log(`ready ${database.url}`);
process.once('SIGTERM', () => void database.stop().then(() => process.exit(0)));
setInterval(() => undefined, 60_000);
