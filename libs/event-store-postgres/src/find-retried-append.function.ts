import { SQLSTATE } from './sqlstate.js';

/**
 * For an append whose first event id is taken: no row when it is not (so another id of the batch
 * is); the original result when the ids are this stream's events in this order and the expected
 * version fits where they were written; otherwise the error the append deserves.
 */
export const FIND_RETRIED_APPEND_FUNCTION = `
CREATE FUNCTION event_store.find_retried_append(
  p_stream_id text,
  p_expected_kind text,
  p_expected_version bigint,
  p_event_ids uuid[]
) RETURNS TABLE (last_version bigint, last_transaction_id xid8, last_position bigint)
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
  v_first_stream text;
  v_first_version bigint;
  v_count integer := cardinality(p_event_ids);
BEGIN
  SELECT e.stream_id, e.version INTO v_first_stream, v_first_version
    FROM event_store.events e WHERE e.event_id = p_event_ids[1];
  IF NOT FOUND THEN RETURN; END IF;

  IF v_first_stream IS DISTINCT FROM p_stream_id OR v_count <> (
    SELECT count(*) FROM unnest(p_event_ids) WITH ORDINALITY AS retried(event_id, ordinal)
      JOIN event_store.events e ON e.event_id = retried.event_id
     WHERE e.stream_id = p_stream_id AND e.version = v_first_version + retried.ordinal - 1
  ) THEN
    RAISE EXCEPTION 'stream %: event ids already used by other events', p_stream_id
      USING ERRCODE = '${SQLSTATE.duplicateEventId}', DETAIL = (
        SELECT string_agg(e.event_id::text, ',') FROM event_store.events e WHERE e.event_id = ANY (p_event_ids));
  END IF;
  IF (CASE p_expected_kind
        WHEN 'no_stream' THEN v_first_version <> 0
        WHEN 'exact' THEN p_expected_version <> v_first_version - 1
        ELSE false
      END) THEN
    RAISE EXCEPTION 'stream %: these events were appended at another expected version', p_stream_id
      USING ERRCODE = '${SQLSTATE.wrongExpectedVersion}',
            DETAIL = (SELECT s.version::text FROM event_store.streams s WHERE s.stream_id = p_stream_id);
  END IF;
  RETURN QUERY SELECT e.version, e.transaction_id, e.position FROM event_store.events e
    WHERE e.stream_id = p_stream_id AND e.version = v_first_version + v_count - 1;
END
$fn$;
`;
