import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { HearingAttendees, OpinionValue, PanelMember } from './hearing.types.js';

/** A mock-court hearing (模拟法庭). `hearingId` is chosen by the API. */
export interface ScheduleHearing {
  type: 'ScheduleHearing';
  data: {
    hearingId: string;
    /** The day it was scheduled (business date); the hearing itself sits on `hearingDate`. */
    scheduledOn?: IsoDate;
    hearingDate: IsoDate;
    venue: string;
    panel: PanelMember[];
    attendees: HearingAttendees;
  };
  context: CommandContext;
}

/** Gives an adjourned hearing a new date (and venue); its panel and recorded opinions stay. */
export interface RescheduleHearing {
  type: 'RescheduleHearing';
  data: { hearingId: string; hearingDate: IsoDate; venue?: string; rescheduledOn?: IsoDate };
  context: CommandContext;
}

export interface AdjournHearing {
  type: 'AdjournHearing';
  data: { hearingId: string; reason: string; adjournedOn?: IsoDate };
  context: CommandContext;
}

export interface CancelHearing {
  type: 'CancelHearing';
  data: { hearingId: string; reason: string; cancelledOn?: IsoDate };
  context: CommandContext;
}

/** A panel member's own opinion: `memberId` must be the actor's id. */
export interface RecordPanelOpinion {
  type: 'RecordPanelOpinion';
  data: { hearingId: string; memberId: string; opinion: OpinionValue; reasoning: string; givenOn?: IsoDate };
  context: CommandContext;
}

/** The chair's deliberated conclusion, once every member present has given an opinion. */
export interface ConcludeHearing {
  type: 'ConcludeHearing';
  data: {
    hearingId: string;
    conclusion: OpinionValue;
    findings: string;
    resolutionPlan: string;
    resolveBy: IsoDate;
    /** Members who did not sit; they owe no opinion. */
    absentMemberIds?: string[];
    concludedOn?: IsoDate;
  };
  context: CommandContext;
}

export type HearingCommand = ScheduleHearing | RescheduleHearing | AdjournHearing | CancelHearing | RecordPanelOpinion | ConcludeHearing;
