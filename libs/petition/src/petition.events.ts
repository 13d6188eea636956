import type { IsoDate } from './business-date.js';
import type { HandlingEvent } from './handling.events.js';
import type { HearingEvent } from './hearing.events.js';
import type { MediationEvent } from './mediation.events.js';
import type { BacklogKind, CaseLink, Category, Channel, Petitioner } from './petition.types.js';
import type { ReviewEvent } from './review.events.js';

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

export interface PetitionAccepted {
  type: 'PetitionAccepted';
  data: { decidedAt: IsoDate; handlingUnit: string; handlerId: string; note?: string; newFactsAndReasons?: string };
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

export type AcceptanceEvent = PetitionAccepted | PetitionNotAccepted | PetitionForwarded | PetitionAssigned | PetitionDiverted;

export type PetitionEvent = PetitionRegistered | AcceptanceEvent | HandlingEvent | HearingEvent | MediationEvent | ReviewEvent;

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
    case 'UnitObjected':
      return event.data.objectedAt;
    case 'PetitionReclassified':
      return event.data.reclassifiedOn;
    case 'HandlingExtended':
      return event.data.extendedOn;
    case 'HandlingOpinionIssued':
    case 'ReviewOpinionIssued':
    case 'FinalReviewOpinionIssued':
      return event.data.servedOn;
    case 'PetitionClosed':
      return event.data.closedOn;
    case 'SatisfactionRated':
      return event.data.ratedOn;
    case 'HearingScheduled':
      return event.data.scheduledOn;
    case 'HearingRescheduled':
      return event.data.rescheduledOn;
    case 'HearingAdjourned':
      return event.data.adjournedOn;
    case 'HearingCancelled':
      return event.data.cancelledOn;
    case 'PanelOpinionRecorded':
      return event.data.givenOn;
    case 'HearingConcluded':
      return event.data.concludedOn;
    case 'MediationStarted':
      return event.data.startedOn;
    case 'MediationSessionHeld':
      return event.data.heldOn;
    case 'MediationAgreed':
      return event.data.agreedOn;
    case 'MediationFailed':
      return event.data.failedOn;
    case 'ReviewRequested':
    case 'FinalReviewRequested':
      return event.data.requestedOn;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
