import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp, DOCS_PATH } from './app.factory.js';
import { ConfigError } from './config/app-config.js';
import { loadConfig } from './config/load-config.js';
import { migrateDatabase } from './database/migrate-database.js';
import { EmbeddedPostgresError } from './database/embedded-postgres.js';
import { resolveDatabase } from './database/resolve-database.js';
import { UserDirectory } from './directory/user-directory.service.js';
import { createRootLogger, nestLogger } from './observability/logging.js';

const logger = new Logger('xinfang');
/** After the drain (SHUTDOWN_TIMEOUT_MS), the time the projector's batch, the pools and the embedded server get. */
const STOP_AFTER_DRAIN_MS = 5_000;

async function main(): Promise<void> {
  const config = await loadConfig(process.env);
  const log = createRootLogger(config.logLevel);
  Logger.overrideLogger(nestLogger(log));
  const database = await resolveDatabase(config.database, (line) => logger.log(line));
  let stopping = false;
  const stopDatabase = async () => database.stop().catch((error: unknown) => logger.error(`Stopping the embedded PostgreSQL failed: ${String(error)}`));
  try {
    await migrateDatabase(database.url);
    const app = await createApp({ config, databaseUrl: database.url, log });
    await app.listen(config.port, config.host);
    const base = `http://localhost:${config.port}`;
    logger.log(`Serving on ${base} — API docs at ${base}/${DOCS_PATH} (OpenAPI JSON at ${base}/${DOCS_PATH}-json)`);
    logger.log(config.auth.kind === 'hs256'
      ? 'Get a token with `npm run token -- clerk` (roles: clerk, panel, auditor, admin) and send it as "Authorization: Bearer <token>"'
      : 'Tokens are verified against the JWKS at JWT_JWKS_URL');
    logger.log(`The workbench is at ${base}/workbench`);
    if (!config.oidc && !(await app.get(UserDirectory).hasEnabledAdmin())) {
      logger.warn('No workbench administrator yet: create the first with `npm run user -- add admin --roles admin` (it prints a one-time password)');
    }
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal} received: finishing in-flight requests, then stopping`);
      setTimeout(() => {
        logger.error('Shutdown did not finish in time: exiting anyway');
        process.exit(1);
      }, config.shutdownTimeoutMillis + STOP_AFTER_DRAIN_MS).unref();
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if (error instanceof EmbeddedPostgresError) {
    logger.error(error.message);
  } else {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : `Start-up failed: ${String(error)}`);
  }
  process.exit(1);
});
