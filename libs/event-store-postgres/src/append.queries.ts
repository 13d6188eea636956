const RESULT = 'version::text AS version, transaction_id::text AS transaction_id, position::text AS position';

/**
 * The usual append, one event to a stream that exists, as a single statement: the UPDATE takes the
 * stream's lock, checks an exact version ($2, or none) and chains the hash; the INSERT stores the
 * event only if it did. Going through `append_to_stream` instead costs a quarter of the throughput
 * (bench/append-throughput.ts). No row means anything else: a stream that does not exist yet, a
 * version that does not fit, a retry; `append_to_stream` then sorts it out.
 */
export const APPEND_ONE_EVENT_SQL = `
WITH stream AS (
  UPDATE event_store.streams s
     SET version = s.version + 1, last_hash = event_store.event_hash(s.last_hash, s.version + 1, $4)
   WHERE s.stream_id = $1 AND ($2::bigint IS NULL OR s.version = $2::bigint)
  RETURNING s.version, s.last_hash
)
INSERT INTO event_store.events (stream_id, version, event_id, type, data, metadata, hash)
SELECT $1, stream.version, $3, $4::jsonb->>'type', $4::jsonb->'data', $4::jsonb->'metadata', stream.last_hash FROM stream
RETURNING ${RESULT}`;

/**
 * The other usual append, the first event of a new stream (a registration), as a single statement:
 * the stream row is created with the event's hash, and the event stored only if it was. No row
 * means the stream exists (or another writer is creating it and won): `append_to_stream` then says
 * what that means for the caller.
 */
export const APPEND_FIRST_EVENT_SQL = `
WITH stream AS (
  INSERT INTO event_store.streams AS s (stream_id, version, last_hash)
  VALUES ($1, 0, event_store.event_hash(NULL, 0, $3))
  ON CONFLICT DO NOTHING
  RETURNING s.version, s.last_hash
)
INSERT INTO event_store.events (stream_id, version, event_id, type, data, metadata, hash)
SELECT $1, stream.version, $2, $3::jsonb->>'type', $3::jsonb->'data', $3::jsonb->'metadata', stream.last_hash FROM stream
RETURNING ${RESULT}`;

// Called in the select list rather than FROM: a function scan would materialise its one row.
export const APPEND_SQL = `
SELECT (r).last_version::text AS version, (r).last_transaction_id::text AS transaction_id, (r).last_position::text AS position
  FROM (SELECT event_store.append_to_stream($1, $2, $3, $4::uuid[], $5::text[]) AS r) AS appended`;

export const FIND_RETRIED_SQL = `
SELECT last_version::text AS version, last_transaction_id::text AS transaction_id, last_position::text AS position
  FROM event_store.find_retried_append($1, $2, $3, $4::uuid[])`;
