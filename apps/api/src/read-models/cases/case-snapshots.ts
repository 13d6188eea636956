import { PETITION_STATE_SHAPE, type PetitionState } from '@xinfang/petition';
import { qualified } from '@xinfang/projection-engine';
import type pg from 'pg';

/** A case as the projection keeps it between batches: its folded state and where its stage history stands. */
export interface CaseSnapshot {
  readonly version: number;
  readonly state: PetitionState;
  readonly registeredAt: string | undefined;
  readonly openStage: OpenStage | undefined;
}

export interface OpenStage {
  readonly seq: number;
  readonly stage: string;
  readonly from_on: string;
}

export const NO_SNAPSHOT: CaseSnapshot = { version: 0, state: { status: 'none' }, registeredAt: undefined, openStage: undefined };

export interface LoadedSnapshots {
  readonly current: Map<string, CaseSnapshot>;
  /**
   * Cases whose snapshot another shape of the state wrote: never folded on; the projection folds
   * each again from its stream's first event.
   */
  readonly stale: string[];
}

export async function loadSnapshots(tx: pg.ClientBase, schema: string, ids: readonly string[]): Promise<LoadedSnapshots> {
  if (ids.length === 0) return { current: new Map(), stale: [] };
  const { rows } = await tx.query<{ petition_id: string; version: number; shape: number; state: PetitionState; registered_at: Date | null; seq: number | null; stage: string | null; from_on: string | null }>(
    `SELECT s.petition_id::text, s.version, s.shape, s.state, p.registered_at, o.seq, o.stage, to_char(o.from_on, 'YYYY-MM-DD') AS from_on
       FROM ${qualified(schema, 'case_states')} s
       LEFT JOIN ${qualified(schema, 'petitions')} p USING (petition_id)
       LEFT JOIN ${qualified(schema, 'stage_periods')} o ON o.petition_id = s.petition_id AND o.to_on IS NULL
      WHERE s.petition_id = ANY($1::uuid[])`,
    [ids],
  );
  const current = new Map<string, CaseSnapshot>();
  const stale: string[] = [];
  for (const row of rows) {
    if (row.shape !== PETITION_STATE_SHAPE) {
      stale.push(row.petition_id);
      continue;
    }
    const openStage = row.seq === null ? undefined : { seq: row.seq, stage: row.stage!, from_on: row.from_on! };
    current.set(row.petition_id, { version: row.version, state: row.state, registeredAt: row.registered_at?.toISOString(), openStage });
  }
  return { current, stale };
}
