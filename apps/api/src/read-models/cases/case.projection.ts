import type { BusinessCalendar } from '@xinfang/calendar';
import type { RecordedEvent } from '@xinfang/event-store';
import { evolve, initialState, type PetitionState } from '@xinfang/petition';
import { type Projection, qualified } from '@xinfang/projection-engine';
import type pg from 'pg';
import { type PetitionEventCodec, RECORD_EVENT_TYPES } from '../../event-codec/petition-event-codec.js';
import { PETITION_STREAM_PREFIX } from '../../petitions/petition-stream.js';
import type { PersonKeys } from '../person-keys.js';
import { applyBacklogChangesSql, BACKLOG_CHANGE_TABLES, dropEmptyBacklogChangesSql, recomputeBacklogChanges } from './backlog-changes.sql.js';
import { clockRows, mediationRows, petitionRow, withoutPersonalData } from './case-rows.js';

export const CASE_TABLES = ['case_states', 'petitions', 'stage_periods', 'clocks', 'person_keys', 'mediations', ...BACKLOG_CHANGE_TABLES] as const;

interface Snapshot {
  version: number;
  state: PetitionState;
  registeredAt: string | undefined;
  openStage: { seq: number; stage: string; from_on: string } | undefined;
}

export interface CaseProjectionDependencies {
  readonly codec: PetitionEventCodec;
  readonly personKeys: PersonKeys;
  readonly calendar: () => BusinessCalendar;
}

/**
 * One projection for every read model of a case: it keeps each case's folded state (without
 * personal data) and rewrites the case's rows in the list, stage history, clocks, person index and
 * mediations from it, a batch at a time. Events at or below a case's stored version are skipped,
 * so feeding the same events twice changes nothing.
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
    const petitionId = event.streamId.slice(PETITION_STREAM_PREFIX.length);
    byCase.set(petitionId, [...(byCase.get(petitionId) ?? []), event]);
  }
  const stored = bulk ? [...byCase.keys()].filter((id) => bulk.has(id)) : [...byCase.keys()];
  const snapshots = stored.length > 0 ? await loadSnapshots(tx, schema, stored) : new Map<string, Snapshot>();
  const calendar = dependencies.calendar();
  const rows = { states: [] as unknown[], petitions: [] as unknown[], periods: [] as unknown[], closePeriods: [] as unknown[], clocks: [] as unknown[], personKeys: [] as unknown[], mediations: [] as unknown[], erased: [] as string[] };

  const fresh = new Map<string, RecordedEvent[]>();
  for (const [petitionId, caseEvents] of byCase) {
    const version = snapshots.get(petitionId)?.version ?? 0;
    const unseen = caseEvents.filter((event) => Number(event.version) + 1 > version);
    if (unseen.length > 0) fresh.set(petitionId, unseen);
  }
  // One decode for the whole batch: personal-data keys are fetched in one query.
  const domainEvents = [...fresh.values()].flat().filter((event) => !RECORD_EVENT_TYPES.has(event.type));
  const decoded = new Map((await dependencies.codec.decode(domainEvents)).map((event, index) => [domainEvents[index]!, event]));

  for (const [petitionId, caseEvents] of fresh) {
    const snapshot = snapshots.get(petitionId) ?? { version: 0, state: initialState(), registeredAt: undefined, openStage: undefined };
    if (caseEvents.some((event) => event.type === 'PersonalDataErased')) rows.erased.push(petitionId);
    let state = snapshot.state;
    let openStage = snapshot.openStage;
    const newPeriods = new Map<number, { to_on: string | null }>();
    for (const recorded of caseEvents) {
      const event = decoded.get(recorded);
      if (!event) continue;
      const before = state.status;
      state = evolve(state, event);
      if (event.type === 'PetitionRegistered' && state.status !== 'none') {
        for (const key of dependencies.personKeys.ofAll(state.petitioners)) rows.personKeys.push({ person_key: key, petition_id: petitionId });
      }
      if (state.status !== before && state.status !== 'none') {
        const date = state.timeline.at(-1)?.date ?? state.receivedAt;
        const openedNow = openStage && newPeriods.get(openStage.seq);
        if (openedNow) openedNow.to_on = date;
        else if (openStage) rows.closePeriods.push({ petition_id: petitionId, seq: openStage.seq, to_on: date });
        openStage = { seq: (openStage?.seq ?? -1) + 1, stage: state.status, from_on: date };
        const period = { petition_id: petitionId, ...openStage, to_on: null as string | null };
        newPeriods.set(period.seq, period);
        rows.periods.push(period);
      }
    }
    if (state.status === 'none') continue;
    const existing = withoutPersonalData(state);
    const last = caseEvents[caseEvents.length - 1]!;
    const version = Number(last.version) + 1;
    const registeredAt = snapshot.registeredAt ?? caseEvents[0]!.storedAt.toISOString();
    rows.states.push({ petition_id: petitionId, version, state: existing });
    rows.petitions.push(petitionRow(petitionId, existing, version, registeredAt, last.storedAt.toISOString()));
    rows.clocks.push(...clockRows(petitionId, existing, calendar));
    rows.mediations.push(...mediationRows(petitionId, existing));
  }
  for (const row of rows.states as { petition_id: string }[]) bulk?.add(row.petition_id);
  await write(tx, schema, rows, { bulk: bulk !== undefined, stored });
}

async function loadSnapshots(tx: pg.ClientBase, schema: string, ids: readonly string[]): Promise<Map<string, Snapshot>> {
  const { rows } = await tx.query<{ petition_id: string; version: number; state: PetitionState; registered_at: Date | null; seq: number | null; stage: string | null; from_on: string | null }>(
    `SELECT s.petition_id::text, s.version, s.state, p.registered_at, o.seq, o.stage, to_char(o.from_on, 'YYYY-MM-DD') AS from_on
       FROM ${qualified(schema, 'case_states')} s
       LEFT JOIN ${qualified(schema, 'petitions')} p USING (petition_id)
       LEFT JOIN ${qualified(schema, 'stage_periods')} o ON o.petition_id = s.petition_id AND o.to_on IS NULL
      WHERE s.petition_id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(
    rows.map((row) => [
      row.petition_id,
      {
        version: row.version,
        state: row.state,
        registeredAt: row.registered_at?.toISOString(),
        openStage: row.seq === null ? undefined : { seq: row.seq, stage: row.stage!, from_on: row.from_on! },
      },
    ]),
  );
}

type Rows = { states: unknown[]; petitions: unknown[]; periods: unknown[]; closePeriods: unknown[]; clocks: unknown[]; personKeys: unknown[]; mediations: unknown[]; erased: string[] };

/** Each table written with one statement per batch: rows travel as one JSON array. */
async function write(tx: pg.ClientBase, schema: string, rows: Rows, { bulk, stored }: { bulk: boolean; stored: readonly string[] }): Promise<void> {
  const table = (name: string) => qualified(schema, name);
  const touched = (rows.states as { petition_id: string }[]).map((row) => row.petition_id);
  // The backlog's changes: the cases' old contributions out before their rows change, new ones in
  // after (a bulk rebuild leaves them to `completeBulk`). Planned for a few hundred cases, these
  // statements never repay JIT compilation (~1 s).
  const backlog = touched.length > 0 && !bulk;
  if (backlog) {
    await tx.query('SET LOCAL jit = off');
    await tx.query(applyBacklogChangesSql(schema, -1), [touched]);
  }
  if (rows.states.length > 0) {
    await tx.query(
      `INSERT INTO ${table('case_states')} (petition_id, version, state)
       SELECT petition_id, version, state FROM jsonb_to_recordset($1::jsonb) AS x(petition_id uuid, version integer, state jsonb)
       ON CONFLICT (petition_id) DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state`,
      [JSON.stringify(rows.states)],
    );
    await tx.query(
      `INSERT INTO ${table('petitions')}
       SELECT * FROM jsonb_populate_recordset(NULL::${table('petitions')}, $1::jsonb)
       ON CONFLICT (petition_id) DO UPDATE SET
         stage = EXCLUDED.stage, is_open = EXCLUDED.is_open, category = EXCLUDED.category, handling_unit = EXCLUDED.handling_unit,
         backlog_kinds = EXCLUDED.backlog_kinds, updated_at = EXCLUDED.updated_at, version = EXCLUDED.version,
         concluded_matter = EXCLUDED.concluded_matter, closed_on = EXCLUDED.closed_on, closure_outcome = EXCLUDED.closure_outcome,
         opinion_outcome = EXCLUDED.opinion_outcome, rating = EXCLUDED.rating, rated_on = EXCLUDED.rated_on,
         related_case_ids = EXCLUDED.related_case_ids, search_text = EXCLUDED.search_text`,
      [JSON.stringify(rows.petitions)],
    );
    // A case's clocks and mediations are written whole: those of cases with rows already go first.
    const replaced = bulk ? stored : touched;
    if (replaced.length > 0) {
      await tx.query(`DELETE FROM ${table('clocks')} WHERE petition_id = ANY($1::uuid[])`, [replaced]);
      await tx.query(`DELETE FROM ${table('mediations')} WHERE petition_id = ANY($1::uuid[])`, [replaced]);
    }
  }
  if (rows.closePeriods.length > 0) {
    await tx.query(
      `UPDATE ${table('stage_periods')} p SET to_on = x.to_on FROM jsonb_to_recordset($1::jsonb) AS x(petition_id uuid, seq integer, to_on date)
        WHERE p.petition_id = x.petition_id AND p.seq = x.seq`,
      [JSON.stringify(rows.closePeriods)],
    );
  }
  if (rows.periods.length > 0) {
    await tx.query(`INSERT INTO ${table('stage_periods')} (petition_id, seq, stage, from_on, to_on) SELECT petition_id, seq, stage, from_on, to_on FROM jsonb_to_recordset($1::jsonb) AS x(petition_id uuid, seq integer, stage text, from_on date, to_on date)`, [
      JSON.stringify(rows.periods),
    ]);
  }
  if (rows.clocks.length > 0) await tx.query(`INSERT INTO ${table('clocks')} SELECT * FROM jsonb_populate_recordset(NULL::${table('clocks')}, $1::jsonb)`, [JSON.stringify(rows.clocks)]);
  if (rows.mediations.length > 0) await tx.query(`INSERT INTO ${table('mediations')} SELECT * FROM jsonb_populate_recordset(NULL::${table('mediations')}, $1::jsonb)`, [JSON.stringify(rows.mediations)]);
  if (rows.personKeys.length > 0) {
    await tx.query(`INSERT INTO ${table('person_keys')} SELECT * FROM jsonb_populate_recordset(NULL::${table('person_keys')}, $1::jsonb) ON CONFLICT DO NOTHING`, [JSON.stringify(rows.personKeys)]);
  }
  if (rows.erased.length > 0) await tx.query(`DELETE FROM ${table('person_keys')} WHERE petition_id = ANY($1::uuid[])`, [rows.erased]);
  if (backlog) {
    await tx.query(applyBacklogChangesSql(schema, 1), [touched]);
    await tx.query(dropEmptyBacklogChangesSql(schema));
  }
}
