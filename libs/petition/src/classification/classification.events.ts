import type { IsoDate } from '../core/business-date.js';
import type { BacklogKind, Category, ClaimType } from '../core/petition.types.js';

export interface Classification {
  category: Category;
  backlogKinds: BacklogKind[];
}

/** The classification from now on, and the one it replaces, so the history reads without a replay. */
export interface PetitionReclassified {
  type: 'PetitionReclassified';
  data: Classification & { reclassifiedOn: IsoDate; reason: string; previous: Classification };
}

/** The legal route from now on, and the one it replaces (none for a case not yet decided). */
export interface ClaimTypeChanged {
  type: 'ClaimTypeChanged';
  data: { changedOn: IsoDate; claimType: ClaimType; previous?: ClaimType; reason: string };
}

export type ClassificationEvent = PetitionReclassified | ClaimTypeChanged;
