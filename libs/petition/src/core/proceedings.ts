import type { PetitionCommandType } from './petition.commands.js';
import { ProceedingStateError } from './petition.errors.js';
import { activeMediation, openHearing } from './petition.queries.js';
import type { ExistingPetition } from './petition.state.js';

/** The steps that end a stage (an opinion, a closure) wait until no hearing is open and no mediation runs. */
export function refuseWhileProceedingOpen(petition: ExistingPetition, command: PetitionCommandType, what: string): void {
  const hearing = openHearing(petition);
  if (hearing) {
    throw new ProceedingStateError(
      { command, proceeding: 'hearing', status: hearing.status, hearingId: hearing.hearingId },
      `Hearing ${hearing.hearingId} is still ${hearing.status}; conclude or cancel it before the ${what}`,
    );
  }
  const mediation = activeMediation(petition);
  if (mediation) {
    throw new ProceedingStateError(
      { command, proceeding: 'mediation', status: 'active' },
      `The mediation started on ${mediation.startedOn} is still running; record its agreement or failure before the ${what}`,
    );
  }
}
