import type { BusinessCalendar } from '@xinfang/calendar';
import type { RecordedEvent } from '@xinfang/event-store';
import { evolve, type Petitioner, type PetitionEvent, withoutPersonalData } from '@xinfang/petition';
import { type ClockRow, clockRows, type MediationRow, mediationRows, type PetitionRow, petitionRow } from './case-rows.js';
import type { CaseSnapshot, OpenStage } from './case-snapshots.js';

/** A stored event as the case projection reads it: the domain event, or none for a record event (an erasure). */
export interface ProjectedEvent {
  readonly recorded: Pick<RecordedEvent, 'type' | 'version' | 'storedAt'>;
  readonly event: PetitionEvent | undefined;
}

export interface CaseRowContext {
  readonly calendar: BusinessCalendar;
  /** The blind-index keys of the petitioners (same person, DOMAIN.md). */
  readonly personKeysOf: (petitioners: readonly Petitioner[]) => string[];
}

/** Everything one batch writes, table by table. */
export interface CaseRows {
  states: { petition_id: string; version: number; state: unknown }[];
  petitions: PetitionRow[];
  periods: (OpenStage & { petition_id: string; to_on: string | null })[];
  closePeriods: { petition_id: string; seq: number; to_on: string }[];
  clocks: ClockRow[];
  personKeys: { person_key: string; petition_id: string }[];
  mediations: MediationRow[];
  /** Cases whose petitioners' keys were erased: their blind-index rows go. */
  erased: string[];
}

export function noRows(): CaseRows {
  return { states: [], petitions: [], periods: [], closePeriods: [], clocks: [], personKeys: [], mediations: [], erased: [] };
}

/**
 * The rows of one case after `events` (those past its snapshot's version, in stream order): its
 * state without personal data, its list row, its stage periods, clocks, mediations and person keys.
 * Pure: the same snapshot and events give the same rows.
 */
export function caseRows(petitionId: string, snapshot: CaseSnapshot, events: readonly ProjectedEvent[], context: CaseRowContext): CaseRows {
  const rows = noRows();
  const unseen = events.filter(({ recorded }) => Number(recorded.version) + 1 > snapshot.version);
  if (unseen.length === 0) return rows;
  if (unseen.some(({ recorded }) => recorded.type === 'PersonalDataErased')) rows.erased.push(petitionId);
  let state = snapshot.state;
  let openStage = snapshot.openStage;
  const opened = new Map<number, { to_on: string | null }>();
  for (const { event } of unseen) {
    if (!event) continue;
    const before = state.status;
    state = evolve(state, event);
    if (state.status === 'none') continue;
    if (event.type === 'PetitionRegistered') {
      for (const key of context.personKeysOf(state.petitioners)) rows.personKeys.push({ person_key: key, petition_id: petitionId });
    }
    if (state.status === before) continue;
    const date = state.timeline.at(-1)?.date ?? state.receivedAt;
    const openedInThisBatch = openStage && opened.get(openStage.seq);
    if (openedInThisBatch) openedInThisBatch.to_on = date;
    else if (openStage) rows.closePeriods.push({ petition_id: petitionId, seq: openStage.seq, to_on: date });
    openStage = { seq: (openStage?.seq ?? -1) + 1, stage: state.status, from_on: date };
    const period = { petition_id: petitionId, ...openStage, to_on: null as string | null };
    opened.set(period.seq, period);
    rows.periods.push(period);
  }
  if (state.status === 'none') return rows;
  const kept = withoutPersonalData(state);
  const last = unseen[unseen.length - 1]!.recorded;
  const version = Number(last.version) + 1;
  const registeredAt = snapshot.registeredAt ?? unseen[0]!.recorded.storedAt.toISOString();
  rows.states.push({ petition_id: petitionId, version, state: kept });
  rows.petitions.push(petitionRow(petitionId, kept, version, registeredAt, last.storedAt.toISOString()));
  rows.clocks.push(...clockRows(petitionId, kept, context.calendar));
  rows.mediations.push(...mediationRows(petitionId, kept));
  return rows;
}

/** The rows of several cases, table by table, in the order given. */
export function mergeRows(parts: readonly CaseRows[]): CaseRows {
  const merged = noRows();
  for (const part of parts) {
    for (const table of Object.keys(merged) as (keyof CaseRows)[]) (merged[table] as unknown[]).push(...part[table]);
  }
  return merged;
}
