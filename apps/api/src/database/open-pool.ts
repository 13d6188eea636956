import pg from 'pg';

/**
 * A connection pool to the read side. An idle connection the server drops (a restart, a DBA's
 * pg_terminate_backend) is reported by pg as a pool 'error' event, which crashes the process if
 * nobody listens; the pool has already discarded that connection, and the next query reports any
 * lasting problem, so the event itself is ignored.
 */
export function openPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => undefined);
  return pool;
}
