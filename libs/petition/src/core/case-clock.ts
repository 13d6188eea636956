import type { ClockStart } from '@xinfang/calendar';
import type { IsoDate } from './business-date.js';
import { CLOCK_CATALOGUE, type ClockKind, type ClockParamsOf } from './clock-catalogue.js';
import type { ExistingPetition } from './petition.state.js';

/** A clock of a case as its events define it; the read side adds the deadline. */
export interface CaseClock<Kind extends ClockKind = ClockKind> {
  readonly kind: Kind;
  /** Distinguishes clocks of one kind on one case (a second handover, a second hearing plan). */
  readonly seq: number;
  readonly startedOn: IsoDate;
  readonly params: ClockParamsOf<Kind>;
  readonly stoppedOn?: IsoDate;
  /** For a clock a unit holds (the catalogue's `holder: 'unit'`), the unit it is with, as the case names it: the handover's, a plan task's owner. */
  readonly holderUnit?: string;
}

/** Each sub-area derives the clocks it starts from the case's state alone. */
export type ClockDerivations<Kind extends ClockKind> = { readonly [K in Kind]: (petition: ExistingPetition) => CaseClock<K>[] };

export function caseClock<Kind extends ClockKind>(kind: Kind, seq: number, startedOn: IsoDate, params: ClockParamsOf<Kind>, stoppedOn: IsoDate | undefined, holderUnit?: string): CaseClock<Kind> {
  return { kind, seq, startedOn, params, ...(stoppedOn !== undefined && { stoppedOn }), ...(holderUnit !== undefined && { holderUnit }) };
}

/** What the calendar needs to compute the clock's deadline. */
export function clockStart(clock: CaseClock): ClockStart {
  return { startedOn: clock.startedOn, length: CLOCK_CATALOGUE[clock.kind].length, params: clock.params };
}

/**
 * The day a clock started on `start` stops: the earliest of the steps that stop it dated on or after
 * its start. A step before the start belongs to an earlier part of the case (a closure before a
 * hearing held in the review) and stops nothing: a clock never stops before it starts.
 */
export function stopOf(start: IsoDate, ...stops: (IsoDate | undefined)[]): IsoDate | undefined {
  return stops.filter((stop): stop is IsoDate => stop !== undefined && stop >= start).sort()[0];
}
