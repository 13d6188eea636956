import type { IsoDate } from './business-date.js';
import type { BacklogKind, Category, Channel, Petitioner } from './petition.types.js';

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
}

// Events are `{ type, data }` only: the API adds the metadata (actor, recordedAt) when appending.
export interface PetitionRegistered {
  type: 'PetitionRegistered';
  data: RegistrationFacts;
}

export interface PetitionAccepted {
  type: 'PetitionAccepted';
  data: { decidedAt: IsoDate; handlingUnit: string; note?: string };
}

export interface PetitionNotAccepted {
  type: 'PetitionNotAccepted';
  data: { decidedAt: IsoDate; reason: string };
}

export interface PetitionForwarded {
  type: 'PetitionForwarded';
  data: { decidedAt: IsoDate; toUnit: string; note?: string };
}

export interface PetitionAssigned {
  type: 'PetitionAssigned';
  data: { decidedAt: IsoDate; toUnit: string; note?: string };
}

export interface PetitionDiverted {
  type: 'PetitionDiverted';
  data: { decidedAt: IsoDate; toOrgan: string; reason?: string };
}

export type PetitionEvent =
  | PetitionRegistered
  | PetitionAccepted
  | PetitionNotAccepted
  | PetitionForwarded
  | PetitionAssigned
  | PetitionDiverted;

export type PetitionEventType = PetitionEvent['type'];

/** The day the step happened (its business date), as the timeline and the statutory clocks see it. */
export function businessDateOf(event: PetitionEvent): IsoDate {
  switch (event.type) {
    case 'PetitionRegistered':
      return event.data.receivedAt;
    case 'PetitionAccepted':
    case 'PetitionNotAccepted':
    case 'PetitionForwarded':
    case 'PetitionAssigned':
    case 'PetitionDiverted':
      return event.data.decidedAt;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
