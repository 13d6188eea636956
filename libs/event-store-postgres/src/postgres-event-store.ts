import pg from 'pg';
import {
  canonicalEventBody,
  type AppendResult,
  type EventStore,
  type ExpectedVersion,
  type LogPosition,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@xinfang/event-store';
import { APPEND_FIRST_EVENT_SQL, APPEND_ONE_EVENT_SQL, APPEND_SQL, FIND_RETRIED_SQL } from './append.queries.js';
import { EVENT_COLUMNS, toLogPosition, toRecordedEvent, type EventRow, type PositionRow } from './event-row.js';
import { migrateEventStore } from './event-store.schema.js';
import { isEventIdTaken, translateAppendFailure, translateFailure } from './postgres-errors.js';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  /** Connections in the store's pool; defaults to 10. */
  readonly poolSize?: number;
  readonly connectionTimeoutMillis?: number;
  /** Run `migrateEventStore` before returning; defaults to true. */
  readonly migrate?: boolean;
}

/** The expected versions `APPEND_ONE_EVENT_SQL` can check: those of a stream that exists. */
const ONE_STATEMENT_KINDS = new Set(['exact', 'any', 'stream_exists']);

type AppendRow = PositionRow & { readonly version: string };

const MAX_VERSION = 2n ** 63n - 1n;

/** Creates a pool of its own (closed by `close()`) and, unless told not to, migrates the schema. */
export async function createPostgresEventStore(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
  });
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    if (options.migrate ?? true) await migrateEventStore(pool);
  } catch (error) {
    await pool.end();
    throw translateFailure(error);
  }
  return new PostgresEventStore(pool, { ownsPool: true });
}

export class PostgresEventStore implements EventStore {
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: { readonly ownsPool?: boolean } = {},
  ) {}

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: { readonly expectedVersion?: ExpectedVersion } = {},
  ): Promise<AppendResult> {
    const expected = options.expectedVersion ?? 'any';
    try {
      const row = await this.append(streamId, expected, events);
      return { nextExpectedVersion: BigInt(row.version), position: toLogPosition(row) };
    } catch (error) {
      throw translateAppendFailure(error, streamId, expected, events.map((event) => event.id));
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const lowest = (backwards ? options.to : options.from) ?? 0n;
    const highest = (backwards ? options.from : options.to) ?? MAX_VERSION;
    const rows = await this.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM event_store.events e
        WHERE e.stream_id = $1 AND e.version BETWEEN $2 AND $3
        ORDER BY e.version ${backwards ? 'DESC' : 'ASC'} LIMIT $4`,
      [streamId, lowest.toString(), highest.toString(), options.maxCount ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  /** See read-all.function.ts for why the log is read the way it is. */
  async readAll(from: LogPosition | null, limit: number, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const pattern = options.streamPrefix === undefined ? null : likePrefix(options.streamPrefix);
    const types = options.eventTypes === undefined ? null : [...options.eventTypes];
    const rows = await this.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM event_store.read_all($1::text::xid8, $2, $3, $4, $5::text[]) e ORDER BY e.transaction_id, e.position`,
      [(from?.commit ?? 0n).toString(), (from?.prepare ?? 0n).toString(), limit, pattern, types],
    );
    return rows.map(toRecordedEvent);
  }

  async headPosition(): Promise<LogPosition | null> {
    const rows = await this.query<PositionRow>(
      'SELECT commit_position::text AS transaction_id, prepare_position::text AS position FROM event_store.head_position()',
    );
    return rows[0]?.transaction_id ? toLogPosition(rows[0]) : null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.options.ownsPool) await this.pool.end();
  }

  /**
   * The one-statement appends when they apply, else `append_to_stream`; and when an event id turns
   * out to be taken, `find_retried_append`.
   */
  private async append(streamId: string, expected: ExpectedVersion, events: readonly NewEvent[]): Promise<AppendRow> {
    const kind = typeof expected === 'bigint' ? 'exact' : expected;
    const version = typeof expected === 'bigint' ? expected.toString() : null;
    const eventIds = events.map((event) => event.id);
    const bodies = events.map(canonicalEventBody);
    try {
      if (events.length === 1 && ONE_STATEMENT_KINDS.has(kind)) {
        const values = [streamId, version, eventIds[0], bodies[0]];
        const { rows } = await this.pool.query<AppendRow>({ name: 'event_store_append_one', text: APPEND_ONE_EVENT_SQL, values });
        if (rows[0]) return rows[0];
      } else if (events.length === 1 && kind === 'no_stream') {
        const values = [streamId, eventIds[0], bodies[0]];
        const { rows } = await this.pool.query<AppendRow>({ name: 'event_store_append_first', text: APPEND_FIRST_EVENT_SQL, values });
        if (rows[0]) return rows[0];
      }
      const values = [streamId, kind, version, eventIds, bodies];
      const { rows } = await this.pool.query<AppendRow>({ name: 'event_store_append', text: APPEND_SQL, values });
      if (!rows[0]) throw new Error('append_to_stream returned no row');
      return rows[0];
    } catch (error) {
      if (!isEventIdTaken(error)) throw error;
      const values = [streamId, kind, version, eventIds];
      const { rows } = await this.pool.query<AppendRow>({ name: 'event_store_find_retried', text: FIND_RETRIED_SQL, values });
      if (!rows[0]) throw error;
      return rows[0];
    }
  }

  private async query<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
    try {
      return (await this.pool.query<Row>(text, values)).rows;
    } catch (error) {
      throw translateFailure(error);
    }
  }
}

function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
