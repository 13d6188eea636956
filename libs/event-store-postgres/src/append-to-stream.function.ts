import { SQLSTATE } from './sqlstate.js';

/** The formula of `computeEventHash`; a plain SQL body, so the planner inlines it where it is used. */
export const EVENT_HASH_FUNCTION = `
CREATE FUNCTION event_store.event_hash(p_previous_hash text, p_version bigint, p_body text) RETURNS text
LANGUAGE sql STABLE AS $fn$
  SELECT encode(sha256(convert_to(coalesce(p_previous_hash, '') || E'\\n' || p_version::text || E'\\n' || p_body, 'UTF8')), 'hex')
$fn$;
`;

/**
 * Any append in one statement, so in one round trip and one transaction. The stream row is the
 * lock that serialises writers of a stream; the hash chain is computed here, under that lock.
 * `p_bodies[i]` is `canonicalEventBody` of event i. A retry that fails the version check is
 * recognised here; one that passes it (expected version `any`, `stream_exists`, or an exact
 * version that happens to fit) hits the unique event id, and the adapter then asks
 * `find_retried_append` what the append deserves. The usual append, one event to a stream that
 * exists, the adapter sends as a plainer statement first (append.queries.ts).
 */
export const APPEND_TO_STREAM_FUNCTION = `
CREATE FUNCTION event_store.append_to_stream(
  p_stream_id text,
  p_expected_kind text,
  p_expected_version bigint,
  p_event_ids uuid[],
  p_bodies text[],
  OUT last_version bigint,
  OUT last_transaction_id xid8,
  OUT last_position bigint
) LANGUAGE plpgsql AS $fn$
DECLARE
  v_count integer := coalesce(cardinality(p_event_ids), 0);
  v_version bigint;
  v_hash text;
  v_exists boolean;
  v_body jsonb;
BEGIN
  IF v_count <> coalesce(cardinality(p_bodies), 0) THEN
    RAISE EXCEPTION 'event ids and bodies differ in number' USING ERRCODE = '22023';
  END IF;

  SELECT s.version, s.last_hash INTO v_version, v_hash
    FROM event_store.streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
  -- A concurrent creator of the same stream makes this INSERT wait for its outcome, so the
  -- SELECT after it always finds the row, locked by us alone.
  IF NOT FOUND AND v_count > 0 AND p_expected_kind IN ('any', 'no_stream') THEN
    INSERT INTO event_store.streams (stream_id, version, last_hash) VALUES (p_stream_id, -1, '')
      ON CONFLICT DO NOTHING;
    SELECT s.version, s.last_hash INTO v_version, v_hash
      FROM event_store.streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
  END IF;
  v_exists := coalesce(v_version >= 0, false);

  IF (CASE p_expected_kind
        WHEN 'any' THEN false
        WHEN 'no_stream' THEN v_exists
        WHEN 'stream_exists' THEN NOT v_exists
        WHEN 'exact' THEN NOT v_exists OR v_version <> p_expected_version
      END) IS NOT false THEN
    IF p_expected_kind NOT IN ('any', 'no_stream', 'stream_exists', 'exact') THEN
      RAISE EXCEPTION 'unknown expected version kind %', p_expected_kind USING ERRCODE = '22023';
    END IF;
    IF v_count > 0 THEN
      SELECT r.last_version, r.last_transaction_id, r.last_position INTO last_version, last_transaction_id, last_position
        FROM event_store.find_retried_append(p_stream_id, p_expected_kind, p_expected_version, p_event_ids) r;
      IF FOUND THEN RETURN; END IF;
    END IF;
    RAISE EXCEPTION 'stream % is at version %', p_stream_id, CASE WHEN v_exists THEN v_version::text ELSE 'no_stream' END
      USING ERRCODE = '${SQLSTATE.wrongExpectedVersion}', DETAIL = CASE WHEN v_exists THEN v_version::text ELSE 'no_stream' END;
  END IF;

  IF v_count = 0 THEN
    last_version := coalesce(v_version, -1);
    SELECT e.transaction_id, e.position INTO last_transaction_id, last_position
      FROM event_store.events e WHERE e.stream_id = p_stream_id AND e.version = v_version;
    IF NOT FOUND THEN
      last_transaction_id := '0';
      last_position := 0;
    END IF;
    RETURN;
  END IF;

  FOR i IN 1 .. v_count LOOP
    v_version := v_version + 1;
    v_hash := event_store.event_hash(v_hash, v_version, p_bodies[i]);
    v_body := p_bodies[i]::jsonb;
    INSERT INTO event_store.events (stream_id, version, event_id, type, data, metadata, hash)
      VALUES (p_stream_id, v_version, p_event_ids[i], v_body->>'type', v_body->'data', v_body->'metadata', v_hash)
      RETURNING position INTO last_position;
  END LOOP;
  UPDATE event_store.streams SET version = v_version, last_hash = v_hash WHERE stream_id = p_stream_id;
  last_version := v_version;
  last_transaction_id := pg_current_xact_id();
END
$fn$;
`;
