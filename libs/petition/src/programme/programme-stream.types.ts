import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';

/**
 * A programme (积案化解 with 模拟法庭) is a stream of its own, `programme-<id>`, with a small decider
 * of its own: it is opened with its name, period, criteria, targets and owner. The cases it takes
 * in are enrolled on their own streams (`CaseEnrolledInProgramme`), which keep the programme's work.
 */
export const PROGRAMME_STREAM_PREFIX = 'programme-';

export function programmeStreamId(programmeId: string): string {
  return `${PROGRAMME_STREAM_PREFIX}${programmeId}`;
}

export function programmeIdOf(streamId: string): string {
  return streamId.slice(PROGRAMME_STREAM_PREFIX.length);
}

/** What the programme sets out to reach in its period; each is optional. */
export interface ProgrammeTargets {
  enrolled?: number;
  resolved?: number;
  signedOff?: number;
}

export interface ProgrammeFacts {
  programmeId: string;
  name: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  /** Which matters it takes in (梳理标准): four-level petitions unresolved, long-standing, repeat. */
  criteria: string;
  targets: ProgrammeTargets;
  /** Who answers for it: the bureau's leader or office, by name. */
  owner: string;
  openedOn: IsoDate;
}

export interface OpenProgramme {
  type: 'OpenProgramme';
  data: Omit<ProgrammeFacts, 'openedOn'> & { openedOn?: IsoDate };
  /** A programme counts no statutory periods: no calendar. */
  context: Pick<CommandContext, 'actor' | 'now'>;
}

export type ProgrammeCommand = OpenProgramme;

export interface ProgrammeOpened {
  type: 'ProgrammeOpened';
  data: ProgrammeFacts;
}

export type ProgrammeEvent = ProgrammeOpened;

export type ProgrammeState = { status: 'none' } | ({ status: 'open' } & ProgrammeFacts);

/** OpenProgramme on a stream that already holds a programme (→ 409). */
export class ProgrammeAlreadyOpenedError extends Error {
  override readonly name = 'ProgrammeAlreadyOpenedError';
  constructor(readonly programmeId: string) {
    super(`Programme ${programmeId} is already open`);
  }
}

/** A programme id that names no programme (→ 404). */
export class ProgrammeNotFoundError extends Error {
  override readonly name = 'ProgrammeNotFoundError';
  constructor(readonly programmeId: string) {
    super(`There is no programme ${programmeId}`);
  }
}
