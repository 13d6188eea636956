/*
 * The log is ordered by (transaction id, identity position), and a read stops below the oldest
 * transaction still running in this database. Identity values are taken before commit, so a slow
 * transaction can commit a lower position after a faster one committed a higher one; a reader
 * ordering by position alone would already have checkpointed past it and would skip it forever.
 * Any transaction that commits later has an id at or above that horizon, above all a read returns.
 *
 * The horizon is the snapshot's xmin, less the transactions pg_stat_activity shows in other
 * databases: they cannot write here, and would otherwise hold every reader back. That list is read
 * by an earlier statement than the snapshot: a transaction it misses is then one that started after
 * it (above any earlier horizon) or one of ours, so the horizon never moves back. (It can only
 * leave out the transactions of roles whose activity the reader may see: pg_read_all_stats.)
 */
export const READ_ALL_FUNCTIONS = `
CREATE FUNCTION event_store.transactions_elsewhere() RETURNS xid[]
LANGUAGE sql VOLATILE AS $fn$
  SELECT coalesce(array_agg(activity.backend_xid), '{}') FROM pg_stat_activity AS activity
   WHERE activity.backend_xid IS NOT NULL AND activity.datname <> current_database()
$fn$;

CREATE FUNCTION event_store.settled_horizon(p_elsewhere xid[]) RETURNS xid8
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
  RETURN (SELECT coalesce(min(running.xid), pg_snapshot_xmax(pg_current_snapshot()))
            FROM pg_snapshot_xip(pg_current_snapshot()) AS running(xid)
           WHERE running.xid::xid <> ALL (p_elsewhere));
END
$fn$;

CREATE FUNCTION event_store.read_all(p_after_commit xid8, p_after_prepare bigint, p_limit integer, p_stream_pattern text)
RETURNS SETOF event_store.events LANGUAGE plpgsql AS $fn$
DECLARE
  v_elsewhere xid[] := event_store.transactions_elsewhere();
BEGIN
  RETURN QUERY SELECT e.* FROM event_store.events e
   WHERE (e.transaction_id, e.position) > (p_after_commit, p_after_prepare)
     AND e.transaction_id < event_store.settled_horizon(v_elsewhere)
     AND (p_stream_pattern IS NULL OR e.stream_id LIKE p_stream_pattern ESCAPE '\\')
   ORDER BY e.transaction_id, e.position
   LIMIT p_limit;
END
$fn$;

CREATE FUNCTION event_store.head_position(OUT commit_position xid8, OUT prepare_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_elsewhere xid[] := event_store.transactions_elsewhere();
BEGIN
  SELECT e.transaction_id, e.position INTO commit_position, prepare_position FROM event_store.events e
   WHERE e.transaction_id < event_store.settled_horizon(v_elsewhere)
   ORDER BY e.transaction_id DESC, e.position DESC
   LIMIT 1;
END
$fn$;
`;

/** `read_all` narrowed to some event types (NULL for every type), still in log order and below the horizon. */
export const READ_ALL_OF_TYPES_FUNCTION = `
CREATE FUNCTION event_store.read_all(p_after_commit xid8, p_after_prepare bigint, p_limit integer, p_stream_pattern text, p_types text[])
RETURNS SETOF event_store.events LANGUAGE plpgsql AS $fn$
DECLARE
  v_elsewhere xid[] := event_store.transactions_elsewhere();
BEGIN
  RETURN QUERY SELECT e.* FROM event_store.events e
   WHERE (e.transaction_id, e.position) > (p_after_commit, p_after_prepare)
     AND e.transaction_id < event_store.settled_horizon(v_elsewhere)
     AND (p_stream_pattern IS NULL OR e.stream_id LIKE p_stream_pattern ESCAPE '\\')
     AND (p_types IS NULL OR e.type = ANY (p_types))
   ORDER BY e.transaction_id, e.position
   LIMIT p_limit;
END
$fn$;
`;
