import type pg from 'pg';

/**
 * The service's one connection pool to its PostgreSQL (event store, read models, keys, calendar,
 * idempotency, access log), with the two questions the code asks of it. TypeORM only runs the
 * migrations, over a connection of its own at start-up (database/migrate-database.ts).
 */
export class Database {
  constructor(readonly pool: pg.Pool) {}

  async query<Row>(text: string, values?: readonly unknown[]): Promise<Row[]> {
    return (await this.pool.query(text, values as unknown[])).rows as Row[];
  }

  /** For INSERT, UPDATE or DELETE: how many rows it touched. */
  async execute(text: string, values?: readonly unknown[]): Promise<number> {
    return (await this.pool.query(text, values as unknown[])).rowCount ?? 0;
  }
}
