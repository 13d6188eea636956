import type { IsoDate } from '../core/business-date.js';
import type { HearingAttendees, HearingConclusion, PanelMember, PanelOpinion, PlanTaskCompletion, RecusalDecision, RecusalRequest } from './hearing.types.js';

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

export interface RecusalRequested {
  type: 'RecusalRequested';
  data: { hearingId: string } & RecusalRequest;
}

export interface RecusalDecided {
  type: 'RecusalDecided';
  data: { hearingId: string; recusalId: string } & RecusalDecision;
}

export interface PlanTaskCompleted {
  type: 'PlanTaskCompleted';
  data: { hearingId: string; taskId: string } & PlanTaskCompletion;
}

export type HearingEvent =
  | HearingScheduled
  | HearingRescheduled
  | HearingAdjourned
  | HearingCancelled
  | PanelOpinionRecorded
  | HearingConcluded
  | RecusalRequested
  | RecusalDecided
  | PlanTaskCompleted;
