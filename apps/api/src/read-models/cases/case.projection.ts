import type { BusinessCalendar } from '@xinfang/calendar';
import type { RecordedEvent } from '@xinfang/event-store';
import { PETITION_STREAM_PREFIX, petitionIdOf, petitionStreamId } from '@xinfang/petition';
import type { Projection } from '@xinfang/projection-engine';
import type pg from 'pg';
import { type PetitionEventCodec, RECORD_EVENT_TYPES } from '../../event-codec/petition-event-codec.js';
import type { PersonKeys } from '../person-keys.js';
import { BACKLOG_CHANGE_TABLES, recomputeBacklogChanges } from './backlog-changes.sql.js';
import { caseRows, mergeRows, type ProjectedEvent } from './case-projection.rows.js';
import { writeCaseRows } from './case-rows.writer.js';
import { loadSnapshots, NO_SNAPSHOT } from './case-snapshots.js';

export const CASE_TABLES = ['case_states', 'petitions', 'stage_periods', 'clocks', 'person_keys', 'mediations', ...BACKLOG_CHANGE_TABLES] as const;

export interface CaseProjectionDependencies {
  readonly codec: PetitionEventCodec;
  readonly personKeys: PersonKeys;
  readonly calendar: () => BusinessCalendar;
  /** A case's whole stream, to fold again a case whose snapshot another shape of the state wrote. */
  readonly readStream: (streamId: string) => Promise<RecordedEvent[]>;
}

/**
 * One projection for every read model of a case: snapshots in, the pure rows of each case
 * (case-projection.rows.ts), the SQL writer out (case-rows.writer.ts), a batch at a time. Events
 * at or below a case's stored version are skipped, so feeding the same events twice changes nothing.
 */
export function caseProjection(dependencies: CaseProjectionDependencies): Projection {
  // A bulk rebuild starts from empty tables: the cases it has written so far are the only ones
  // with rows to read or replace, so the others skip those round trips. (A run that failed leaves
  // ids of tables since dropped: they only cost a lookup that finds nothing.)
  const writtenInBulk = new Map<string, Set<string>>();
  return {
    name: 'cases',
    tables: CASE_TABLES,
    streamPrefix: PETITION_STREAM_PREFIX,
    apply: (events, tx, schema, mode) => {
      let written: Set<string> | undefined;
      if (mode === 'bulk') writtenInBulk.set(schema, (written = writtenInBulk.get(schema) ?? new Set()));
      return applyBatch(dependencies, events, tx, schema, written);
    },
    // A rebuild computes the backlog's changes once, over every case, after its bulk batches.
    completeBulk: async (tx, schema) => {
      writtenInBulk.delete(schema);
      await recomputeBacklogChanges(tx, schema);
    },
  };
}

/** `bulk`: the cases written so far by a bulk rebuild into `schema` (the others have no rows there). */
async function applyBatch(dependencies: CaseProjectionDependencies, events: readonly RecordedEvent[], tx: pg.ClientBase, schema: string, bulk: Set<string> | undefined): Promise<void> {
  const byCase = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const petitionId = petitionIdOf(event.streamId);
    byCase.set(petitionId, [...(byCase.get(petitionId) ?? []), event]);
  }
  const stored = bulk ? [...byCase.keys()].filter((id) => bulk.has(id)) : [...byCase.keys()];
  const { current, stale } = await loadSnapshots(tx, schema, stored);
  for (const petitionId of stale) byCase.set(petitionId, await dependencies.readStream(petitionStreamId(petitionId)));
  // One decode for the whole batch: personal-data keys are fetched in one query.
  const domainEvents = [...byCase.entries()].flatMap(([id, caseEvents]) => caseEvents.filter((event) => Number(event.version) + 1 > (current.get(id)?.version ?? 0) && !RECORD_EVENT_TYPES.has(event.type)));
  const decoded = new Map((await dependencies.codec.decode(domainEvents)).map((event, index) => [domainEvents[index]!, event]));
  const context = { calendar: dependencies.calendar(), personKeysOf: (petitioners: Parameters<PersonKeys['ofAll']>[0]) => dependencies.personKeys.ofAll(petitioners) };
  const rows = mergeRows(
    [...byCase.entries()].map(([petitionId, caseEvents]) => {
      const projected: ProjectedEvent[] = caseEvents.map((recorded) => ({ recorded, event: decoded.get(recorded) }));
      return caseRows(petitionId, current.get(petitionId) ?? NO_SNAPSHOT, projected, context);
    }),
  );
  for (const row of rows.states) bulk?.add(row.petition_id);
  await writeCaseRows(tx, schema, rows, { bulk: bulk !== undefined, stored, refolded: stale });
}
