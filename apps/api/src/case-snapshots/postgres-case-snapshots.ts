import { Injectable } from '@nestjs/common';
import type { PetitionState } from '@xinfang/petition';
import { Database } from '../database/database.js';
import type { CaseSnapshot, CaseSnapshots, StepRecord } from '../petitions/command-path/case-snapshots.port.js';

interface SnapshotRow {
  version: number;
  shape: number;
  last_event_id: string;
  position: string;
  state: PetitionState;
  steps: StepRecord[] | null;
  subjects: string[];
  keyed_event_ids: string[];
}

/**
 * The write side's case snapshots in PostgreSQL (`case_snapshots`, one row per case, the latest),
 * whichever store keeps the events. A snapshot holding a subject's personal data is written only
 * while that subject's key exists, the keys' rows locked against an erasure under way; erasure
 * then forgets the case's snapshots, so none outlives the keys it was opened with.
 */
@Injectable()
export class PostgresCaseSnapshots implements CaseSnapshots {
  constructor(private readonly database: Database) {}

  async latest(petitionId: string, withSteps: boolean): Promise<CaseSnapshot | undefined> {
    const rows = await this.database.query<SnapshotRow>(
      `SELECT version, shape, last_event_id, position, state, ${withSteps ? 'steps' : 'NULL::json AS steps'}, subjects::text[] AS subjects, keyed_event_ids
         FROM case_snapshots WHERE petition_id = $1`,
      [petitionId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      version: row.version,
      shape: row.shape,
      lastEventId: row.last_event_id,
      position: row.position,
      state: row.state,
      ...(row.steps ? { steps: row.steps } : {}),
      subjects: row.subjects,
      keyedEventIds: row.keyed_event_ids,
    };
  }

  async save(petitionId: string, snapshot: CaseSnapshot): Promise<boolean> {
    if (!snapshot.steps) throw new Error('A case snapshot is written with its steps');
    const written = await this.database.execute(
      `WITH live AS (
         SELECT subject FROM personal_data_keys WHERE subject = ANY($8::uuid[]) AND wrapped_key IS NOT NULL FOR SHARE
       )
       INSERT INTO case_snapshots AS s (petition_id, version, shape, last_event_id, position, state, steps, subjects, keyed_event_ids, written_at)
       SELECT $1, $2, $3, $4, $5, $6::json, $7::json, $8::uuid[], $9::text[], now()
        WHERE (SELECT count(*) FROM live) = cardinality($8::uuid[])
       ON CONFLICT (petition_id) DO UPDATE SET
         version = EXCLUDED.version, shape = EXCLUDED.shape, last_event_id = EXCLUDED.last_event_id, position = EXCLUDED.position,
         state = EXCLUDED.state, steps = EXCLUDED.steps, subjects = EXCLUDED.subjects, keyed_event_ids = EXCLUDED.keyed_event_ids, written_at = EXCLUDED.written_at
        WHERE s.version < EXCLUDED.version OR s.shape <> EXCLUDED.shape`,
      [
        petitionId, snapshot.version, snapshot.shape, snapshot.lastEventId, snapshot.position,
        JSON.stringify(snapshot.state), JSON.stringify(snapshot.steps), snapshot.subjects, snapshot.keyedEventIds,
      ],
    );
    return written > 0;
  }

  async forget(petitionId: string): Promise<void> {
    await this.database.execute('DELETE FROM case_snapshots WHERE petition_id = $1', [petitionId]);
  }
}
