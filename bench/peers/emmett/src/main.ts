import { getApplication, startAPI } from '@event-driven-io/emmett-expressjs';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { requireRole } from './authentication.js';
import { petitionsApi } from './petitions.api.js';

/*
 * POST /petitions on Emmett's own stack, as its getting-started guide and the
 * samples/webApi/expressjs-with-postgresql sample set an application up: getApplication (JSON
 * body parsing, problem details), a decider behind DeciderCommandHandler, the PostgreSQL event store.
 */
const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const eventStore = getPostgreSQLEventStore(required('DATABASE_URL'), { schema: { autoMigration: 'None' } });
await eventStore.schema.migrate();

const application = getApplication({
  apis: [petitionsApi(eventStore, requireRole(required('JWT_SECRET'), ['clerk', 'admin']), () => new Date())],
});
application.get('/health', (_request, response) => {
  response.status(200).json({ status: 'ok' });
});

const server = startAPI(application, { port: Number(required('PORT')) });

process.once('SIGTERM', () => {
  server.close(() => void eventStore.close().then(() => process.exit(0)));
});
