import type pg from 'pg';
import { APPEND_TO_STREAM_FUNCTION, EVENT_HASH_FUNCTION } from './append-to-stream.function.js';
import { FIND_RETRIED_APPEND_FUNCTION } from './find-retried-append.function.js';
import { READ_ALL_FUNCTIONS, READ_ALL_OF_TYPES_FUNCTION } from './read-all.function.js';
import { SQLSTATE } from './sqlstate.js';

export interface SchemaStep {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

/** Applied in order, each once; a step is never edited after release, only followed by a new one. */
export const EVENT_STORE_SCHEMA_STEPS: readonly SchemaStep[] = [
  {
    version: 1,
    description: 'events and streams tables; events are append-only',
    sql: `
      CREATE TABLE event_store.events (
        position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        stream_id text NOT NULL,
        version bigint NOT NULL,
        event_id uuid NOT NULL CONSTRAINT events_event_id_unique UNIQUE,
        type text NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        hash text NOT NULL,
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, version)
      );
      CREATE INDEX events_transaction_position ON event_store.events (transaction_id, position);

      CREATE TABLE event_store.streams (
        stream_id text PRIMARY KEY,
        version bigint NOT NULL,
        last_hash text NOT NULL
      );

      CREATE FUNCTION event_store.refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION 'event_store.events is append-only: % refused', TG_OP
          USING ERRCODE = '${SQLSTATE.appendOnly}', HINT = 'Record a correction by appending a new event.';
      END
      $fn$;
      CREATE TRIGGER events_refuse_update_delete BEFORE UPDATE OR DELETE ON event_store.events
        FOR EACH ROW EXECUTE FUNCTION event_store.refuse_event_change();
      CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON event_store.events
        FOR EACH STATEMENT EXECUTE FUNCTION event_store.refuse_event_change();
    `,
  },
  { version: 2, description: 'append_to_stream and the functions it uses', sql: EVENT_HASH_FUNCTION + FIND_RETRIED_APPEND_FUNCTION + APPEND_TO_STREAM_FUNCTION },
  { version: 3, description: 'read_all and head_position, which see settled transactions only', sql: READ_ALL_FUNCTIONS },
  { version: 4, description: 'read_all of some event types only', sql: READ_ALL_OF_TYPES_FUNCTION },
];

const MIGRATION_LOCK_KEY = '7240190331';

/**
 * Brings the `event_store` schema up to date and returns the versions it applied. Safe to call
 * from several processes at once: they take turns on an advisory lock, and the later ones find
 * nothing left to do.
 */
export async function migrateEventStore(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    await client.query(`
      CREATE SCHEMA IF NOT EXISTS event_store;
      CREATE TABLE IF NOT EXISTS event_store.schema_version (
        version integer PRIMARY KEY,
        description text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM event_store.schema_version');
    const applied = new Set(rows.map((row) => row.version));
    const pending = EVENT_STORE_SCHEMA_STEPS.filter((step) => !applied.has(step.version));
    for (const step of pending) {
      await client.query(step.sql);
      await client.query('INSERT INTO event_store.schema_version (version, description) VALUES ($1, $2)', [step.version, step.description]);
    }
    await client.query('COMMIT');
    client.release();
    return pending.map((step) => step.version);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release(true);
    throw error;
  }
}
