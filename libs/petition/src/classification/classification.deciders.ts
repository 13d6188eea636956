import type { DecideTable } from '../core/decider-tables.js';
import type { PetitionEvent } from '../core/petition.events.js';
import type { ClassificationCommand } from './classification.commands.js';
import { decideClaimTypeChange } from './change-claim-type.decide.js';
import { decideReclassification } from './reclassify-petition.decide.js';

export const CLASSIFICATION_DECIDERS: DecideTable<ClassificationCommand, PetitionEvent> = {
  Reclassify: decideReclassification,
  ChangeClaimType: decideClaimTypeChange,
};
