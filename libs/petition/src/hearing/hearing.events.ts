import type { IsoDate } from '../core/business-date.js';
import type { HearingAttendees, HearingConclusion, PanelMember, PanelOpinion } from './hearing.types.js';

export interface HearingScheduled {
  type: 'HearingScheduled';
  data: { hearingId: string; scheduledOn: IsoDate; hearingDate: IsoDate; venue: string; panel: PanelMember[]; attendees: HearingAttendees };
}

export interface HearingRescheduled {
  type: 'HearingRescheduled';
  data: { hearingId: string; rescheduledOn: IsoDate; hearingDate: IsoDate; venue: string };
}

export interface HearingAdjourned {
  type: 'HearingAdjourned';
  data: { hearingId: string; adjournedOn: IsoDate; reason: string };
}

export interface HearingCancelled {
  type: 'HearingCancelled';
  data: { hearingId: string; cancelledOn: IsoDate; reason: string };
}

export interface PanelOpinionRecorded {
  type: 'PanelOpinionRecorded';
  data: { hearingId: string } & PanelOpinion;
}

export interface HearingConcluded {
  type: 'HearingConcluded';
  data: { hearingId: string } & HearingConclusion;
}

export type HearingEvent = HearingScheduled | HearingRescheduled | HearingAdjourned | HearingCancelled | PanelOpinionRecorded | HearingConcluded;
