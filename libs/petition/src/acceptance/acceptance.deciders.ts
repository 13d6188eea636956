import type { DecideTable } from '../core/decider-tables.js';
import type { PetitionEvent } from '../core/petition.events.js';
import type { AcceptanceCommand } from './acceptance.commands.js';
import { decideAcceptance } from './decide-acceptance.decide.js';
import { decideObjection } from './raise-objection.decide.js';

export const ACCEPTANCE_DECIDERS: DecideTable<AcceptanceCommand, PetitionEvent> = {
  DecideAcceptance: decideAcceptance,
  RaiseObjection: decideObjection,
};
