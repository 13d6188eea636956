import type { EventTable } from '../core/decider-tables.js';
import { inStage } from '../core/evolve-guard.js';
import type { MediationEvent, MediationStarted, ObligationBreached, ObligationPerformed } from './mediation.events.js';
import type { Mediation } from './mediation.types.js';
import { evolveObligationOutcome } from './obligation-outcome.evolve.js';
import { CorruptPetitionStreamError } from '../core/petition.errors.js';
import { activeMediation } from '../core/petition.queries.js';
import type { ExistingPetition, PetitionState } from '../core/petition.state.js';

/** A mediation's steps, kept on the case's active mediation; the stage does not change. */
function evolveMediation(petition: ExistingPetition, event: Exclude<MediationEvent, ObligationPerformed | ObligationBreached>): PetitionState {
  const handled = inStage(petition, event, ['accepted']);
  if (event.type === 'MediationStarted') {
    return { ...handled, mediations: [...handled.mediations, { ...event.data, status: 'active', sessions: [] }] };
  }
  const active = activeMediation(handled);
  if (!active) throw new CorruptPetitionStreamError(event.type, handled.status);
  return { ...handled, mediations: handled.mediations.map((mediation) => (mediation === active ? applied(active, event) : mediation)) };
}

function applied(mediation: Extract<Mediation, { status: 'active' }>, event: Exclude<MediationEvent, MediationStarted | ObligationPerformed | ObligationBreached>): Mediation {
  switch (event.type) {
    case 'MediationSessionHeld':
      return { ...mediation, sessions: [...mediation.sessions, event.data] };
    case 'MediationAgreed':
      return { ...mediation, status: 'agreed', agreement: event.data };
    case 'MediationFailed':
      return { ...mediation, status: 'failed', failure: event.data };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export const MEDIATION_EVENTS: EventTable<MediationEvent> = {
  MediationStarted: { name: 'start of the mediation', kind: 'within', date: (data) => data.startedOn, evolve: evolveMediation },
  MediationSessionHeld: { name: 'mediation session', kind: 'within', date: (data) => data.heldOn, evolve: evolveMediation },
  MediationAgreed: { name: 'mediation agreement', kind: 'within', date: (data) => data.agreedOn, evolve: evolveMediation },
  MediationFailed: { name: 'failure of the mediation', kind: 'within', date: (data) => data.failedOn, evolve: evolveMediation },
  // Performance outlives handling: beside the lifecycle, in any stage.
  ObligationPerformed: { name: 'performance of an obligation', kind: 'side', date: (data) => data.performedOn, evolve: evolveObligationOutcome },
  ObligationBreached: { name: 'breach of an obligation', kind: 'side', date: (data) => data.breachedOn, evolve: evolveObligationOutcome },
};
