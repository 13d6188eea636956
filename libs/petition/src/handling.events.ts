import type { IsoDate } from './business-date.js';
import type { ClosureDecision } from './handling.commands.js';
import type { OpinionOutcome, Rating } from './handling.types.js';
import type { BacklogKind, Category } from './petition.types.js';

export interface UnitObjected {
  type: 'UnitObjected';
  data: { objectedAt: IsoDate; unit: string; reason: string };
}

export interface Classification {
  category: Category;
  backlogKinds: BacklogKind[];
}

/** The classification from now on, and the one it replaces, so the history reads without a replay. */
export interface PetitionReclassified {
  type: 'PetitionReclassified';
  data: Classification & { reclassifiedOn: IsoDate; reason: string; previous: Classification };
}

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

export type HandlingEvent = UnitObjected | PetitionReclassified | HandlingExtended | HandlingOpinionIssued | PetitionClosed | SatisfactionRated;
