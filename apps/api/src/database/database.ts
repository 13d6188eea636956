import { inTransaction } from '@xinfang/projection-engine';
import type pg from 'pg';

/** What a transaction's work asks of its connection. */
export interface Queryable {
  query<Row>(text: string, values?: readonly unknown[]): Promise<Row[]>;
  execute(text: string, values?: readonly unknown[]): Promise<number>;
}

/**
 * The service's one connection pool to its PostgreSQL (event store, read models, keys, calendar,
 * idempotency, access log), with the two questions the code asks of it. TypeORM only runs the
 * migrations, over a connection of its own at start-up (database/migrate-database.ts).
 */
export class Database implements Queryable {
  constructor(readonly pool: pg.Pool) {}

  async query<Row>(text: string, values?: readonly unknown[]): Promise<Row[]> {
    return (await this.pool.query(text, values as unknown[])).rows as Row[];
  }

  /** For INSERT, UPDATE or DELETE: how many rows it touched. */
  async execute(text: string, values?: readonly unknown[]): Promise<number> {
    return (await this.pool.query(text, values as unknown[])).rowCount ?? 0;
  }

  /** `work` on one connection, committed if it returns and rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, (client) =>
      work({
        query: async <Row>(text: string, values?: readonly unknown[]) => (await client.query(text, values as unknown[])).rows as Row[],
        execute: async (text: string, values?: readonly unknown[]) => (await client.query(text, values as unknown[])).rowCount ?? 0,
      }),
    );
  }
}
