import type { ObligationBreached, ObligationPerformed } from './mediation.events.js';
import type { ObligationOutcomeRecord } from './mediation.types.js';
import { CorruptPetitionStreamError } from '../core/petition.errors.js';
import type { ExistingPetition, PetitionState } from '../core/petition.state.js';

/** Records an obligation's outcome on the agreement it belongs to, in whatever stage the case is. */
export function evolveObligationOutcome(petition: ExistingPetition, event: ObligationPerformed | ObligationBreached): PetitionState {
  const { obligationId, note } = event.data;
  const record: ObligationOutcomeRecord =
    event.type === 'ObligationPerformed'
      ? { obligationId, outcome: 'performed', outcomeOn: event.data.performedOn, ...(note !== undefined && { note }) }
      : { obligationId, outcome: 'breached', outcomeOn: event.data.breachedOn, ...(note !== undefined && { note }) };
  if (!('mediations' in petition)) throw new CorruptPetitionStreamError(event.type, petition.status);
  const { mediations } = petition;
  const owner = mediations.find((mediation) => mediation.status === 'agreed' && mediation.agreement.obligations.some((obligation) => obligation.obligationId === obligationId));
  if (!owner || owner.status !== 'agreed') throw new CorruptPetitionStreamError(event.type, petition.status);
  const recorded = { ...owner, outcomes: [...(owner.outcomes ?? []), record] };
  return { ...petition, mediations: mediations.map((mediation) => (mediation === owner ? recorded : mediation)) };
}
