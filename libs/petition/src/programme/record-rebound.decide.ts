import { compareIsoDates } from '../core/business-date.js';
import { ProceedingStateError } from '../core/petition.errors.js';
import type { ExistingPetition, PetitionState } from '../core/petition.state.js';
import type { RecordProgrammeRebound } from './programme.commands.js';
import type { ProgrammeCaseRebounded } from './programme.events.js';
import { activeEnrolment } from './programme.queries.js';
import type { Rebound } from './programme.types.js';

/**
 * Whether a later petition (one intake linked to this case as the same person's same matter) is a
 * rebound (反弹) of it: the case stands resolved in its programme and the petition came in on or
 * after the resolution. Asked by the reactor that hears of registrations, and by the decider.
 */
export function reboundOf(state: PetitionState, later: RecordProgrammeRebound['data']): Rebound | undefined {
  if (state.status === 'none' || later.petitionId === state.petitionId) return undefined;
  const enrolment = activeEnrolment(state);
  const resolution = enrolment?.resolutions.at(-1);
  if (enrolment?.status !== 'resolved' || !resolution || compareIsoDates(later.receivedAt, resolution.resolvedOn) < 0) return undefined;
  return { reboundOn: later.receivedAt, petitionId: later.petitionId, receiptNumber: later.receiptNumber };
}

/** Records the rebound, which reopens the programme case; anything else is refused (409), and nothing is recorded. */
export function decideRebound(command: RecordProgrammeRebound, petition: ExistingPetition): [ProgrammeCaseRebounded] {
  const rebound = reboundOf(petition, command.data);
  if (!rebound) {
    throw new ProceedingStateError(
      { command: command.type, proceeding: 'programme', status: activeEnrolment(petition)?.status ?? 'none' },
      `${command.data.receiptNumber} is no rebound of this case: the case does not stand resolved in a programme since before it came in`,
    );
  }
  return [{ type: 'ProgrammeCaseRebounded', data: rebound }];
}
