import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { HearingAttendees, OpinionValue, PanelMember, PlanTask, RecusalOutcome } from './hearing.types.js';

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
    /** The plan as tasks, each with its owner unit and due date; ids chosen by the API. */
    planTasks?: PlanTask[];
    concludedOn?: IsoDate;
  };
  context: CommandContext;
}

/** The petitioner asks that a member step aside (Art. 28); `recusalId` is chosen by the API. */
export interface RequestRecusal {
  type: 'RequestRecusal';
  data: { hearingId: string; recusalId: string; memberId: string; requestedBy: string; grounds: string; requestedOn?: IsoDate };
  context: CommandContext;
}

/** The chair decides a recusal request; a request against the chair, the bureau (a clerk). */
export interface DecideRecusal {
  type: 'DecideRecusal';
  data: { hearingId: string; recusalId: string; outcome: RecusalOutcome; reasons: string; decidedOn?: IsoDate };
  context: CommandContext;
}

/** A task of a hearing's plan done, with what shows it. */
export interface CompletePlanTask {
  type: 'CompletePlanTask';
  data: { taskId: string; evidence: string; attachmentIds?: string[]; completedOn?: IsoDate };
  context: CommandContext;
}

export type HearingCommand =
  | ScheduleHearing
  | RescheduleHearing
  | AdjournHearing
  | CancelHearing
  | RecordPanelOpinion
  | ConcludeHearing
  | RequestRecusal
  | DecideRecusal
  | CompletePlanTask;
