import type { DecideTable } from '../core/decider-tables.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { decideClosure } from './close-petition.decide.js';
import { decideExtension } from './extend-handling.decide.js';
import type { HandlingCommand } from './handling.commands.js';
import { decideHandlingOpinion } from './issue-opinion.decide.js';
import { decideRating } from './record-rating.decide.js';

export const HANDLING_DECIDERS: DecideTable<HandlingCommand, PetitionEvent> = {
  ExtendHandling: decideExtension,
  IssueOpinion: decideHandlingOpinion,
  ClosePetition: decideClosure,
  RecordRating: decideRating,
};
