import type { PetitionCommandType } from '../core/petition.commands.js';
import { ProceedingStateError } from '../core/petition.errors.js';
import { activeMediation, mediationsOf } from '../core/petition.queries.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { laterBound, type StepBound } from '../core/petition.timeline.js';
import type { Mediation } from './mediation.types.js';

export type ActiveMediation = Extract<Mediation, { status: 'active' }>;

/** The mediation a session, agreement or failure belongs to: the case's one active mediation. */
export function theActiveMediation(petition: ExistingPetition, command: PetitionCommandType): ActiveMediation {
  const mediation = activeMediation(petition);
  if (mediation) return mediation;
  const last = mediationsOf(petition).at(-1);
  throw new ProceedingStateError(
    { command, proceeding: 'mediation', status: last?.status ?? 'none' },
    last ? `The mediation started on ${last.startedOn} has ended (${last.status}); start a new one first` : 'No mediation has been started for this case',
  );
}

export function latestMediationStep(mediation: Mediation): StepBound {
  const sessions = mediation.sessions.map((session) => ({ date: session.heldOn, step: 'mediation session' }));
  return sessions.reduce(laterBound, { date: mediation.startedOn, step: 'start of the mediation' });
}
