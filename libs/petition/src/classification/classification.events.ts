import type { IsoDate } from '../core/business-date.js';
import type { BacklogKind, Category } from '../core/petition.types.js';

export interface Classification {
  category: Category;
  backlogKinds: BacklogKind[];
}

/** The classification from now on, and the one it replaces, so the history reads without a replay. */
export interface PetitionReclassified {
  type: 'PetitionReclassified';
  data: Classification & { reclassifiedOn: IsoDate; reason: string; previous: Classification };
}

export type ClassificationEvent = PetitionReclassified;
