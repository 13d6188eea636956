import type { IsoDate } from '../core/business-date.js';
import type { ClosureDecision } from './handling.commands.js';
import type { OpinionOutcome, Rating } from './handling.types.js';

export interface HandlingExtended {
  type: 'HandlingExtended';
  data: { extendedOn: IsoDate; days: number; reason: string; approver: string };
}

export interface HandlingOpinionIssued {
  type: 'HandlingOpinionIssued';
  data: { servedOn: IsoDate; outcome: OpinionOutcome; request: string; facts: string; reasons: string; legalBasis: string };
}

export interface PetitionClosed {
  type: 'PetitionClosed';
  data: ClosureDecision & { closedOn: IsoDate; note?: string };
}

export interface SatisfactionRated {
  type: 'SatisfactionRated';
  data: { ratedOn: IsoDate; rating: Rating };
}

export type HandlingEvent = HandlingExtended | HandlingOpinionIssued | PetitionClosed | SatisfactionRated;
