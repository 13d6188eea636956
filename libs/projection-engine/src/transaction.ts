import type pg from 'pg';

export interface TransactionOptions<T> {
  /** Commit without waiting for the WAL to reach the disk. */
  readonly asynchronousCommit?: boolean;
  /** Whether to commit what `work` returned (rolled back otherwise); always, when omitted. */
  readonly commitIf?: (result: T) => boolean;
  /**
   * A statement without parameters sent with BEGIN, in its round trip; `work` gets its rows (the
   * projector's lock, asked on every batch of every projection).
   */
  readonly beginWith?: string;
}

/** `work` in one transaction on a client of its own: committed if it returns (and `commitIf` agrees), rolled back otherwise. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient, begun: readonly Record<string, unknown>[]) => Promise<T>, options: TransactionOptions<T> = {}): Promise<T> {
  const client = await pool.connect();
  // A client out of the pool has no listener for its connection's end (a server restart, say):
  // without one the 'error' event would bring the process down. The query in flight fails anyway.
  let broken: Error | undefined;
  const onError = (error: Error) => (broken = error);
  client.on('error', onError);
  try {
    const begin = [options.asynchronousCommit ? 'BEGIN; SET LOCAL synchronous_commit = off' : 'BEGIN', ...(options.beginWith ? [options.beginWith] : [])].join('; ');
    const begun = (await client.query(begin)) as pg.QueryResult | pg.QueryResult[];
    const result = await work(client, options.beginWith && Array.isArray(begun) ? begun.at(-1)!.rows : []);
    await client.query(options.commitIf === undefined || options.commitIf(result) ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.off('error', onError);
    // A broken connection is closed rather than handed to the next caller.
    client.release(broken);
  }
}
