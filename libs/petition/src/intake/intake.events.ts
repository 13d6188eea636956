import type { IsoDate } from '../core/business-date.js';
import type { BacklogKind, CaseLink, Category, Channel, Petitioner } from '../core/petition.types.js';

/** What registration (登记) establishes; a petition's state carries all of it. */
export interface RegistrationFacts {
  petitionId: string;
  receiptNumber: string;
  channel: Channel;
  petitioners: Petitioner[];
  groupSize?: number;
  subject: string;
  content: string;
  demands: string;
  category: Category;
  responsibleUnit: string;
  receivedAt: IsoDate;
  backlogKinds: BacklogKind[];
  /** Present only when the API found such cases at intake (Art. 36 ¶3). */
  priorConcludedCases?: CaseLink[];
  relatedCases?: CaseLink[];
}

// Events are `{ type, data }` only: the API adds the metadata (actor, recordedAt) when appending.
export interface PetitionRegistered {
  type: 'PetitionRegistered';
  data: RegistrationFacts;
}

export type IntakeEvent = PetitionRegistered;
