import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { EnrolmentReason, FollowUpAttitude, ProgrammeTrack, ResolutionBasis } from './programme.types.js';

/** The programme as the API read it from its own stream when the case is enrolled. */
export interface ProgrammeReference {
  programmeId: string;
  name: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
}

/** Takes a case in any stage into a programme; the statutory lifecycle is left as it is. */
export interface EnrolInProgramme {
  type: 'EnrolInProgramme';
  data: {
    programme: ProgrammeReference;
    track: ProgrammeTrack;
    reason: EnrolmentReason;
    owningLeader: string;
    owningLeaderId?: string;
    targetDate: IsoDate;
    note?: string;
    enrolledOn?: IsoDate;
  };
  context: CommandContext;
}

/** 回访: who visited the petitioner, when, their attitude and what remains. */
export interface RecordFollowUp {
  type: 'RecordFollowUp';
  data: { visitedBy: string; attitude: FollowUpAttitude; remaining?: string; visitedOn?: IsoDate };
  context: CommandContext;
}

/** 化解 (案结事了), with its basis. */
export interface ResolveProgrammeCase {
  type: 'ResolveProgrammeCase';
  data: { basis: ResolutionBasis; evidence: string; resolvedOn?: IsoDate };
  context: CommandContext;
}

/** 销号: `waitingDays` after the resolution at the earliest, which the bureau configures. */
export interface SignOffProgrammeCase {
  type: 'SignOffProgrammeCase';
  data: { waitingDays: number; note?: string; signedOffOn?: IsoDate };
  context: CommandContext;
}

/** A later petition by the same person on the same matter, as intake linked it to this case: a rebound (反弹) if the case stands resolved. */
export interface RecordProgrammeRebound {
  type: 'RecordProgrammeRebound';
  data: { petitionId: string; receiptNumber: string; receivedAt: IsoDate };
  context: CommandContext;
}

export type ProgrammeCaseCommand = EnrolInProgramme | RecordFollowUp | ResolveProgrammeCase | SignOffProgrammeCase | RecordProgrammeRebound;
