import type { IsoDate } from '../core/business-date.js';
import type { Category } from '../core/petition.types.js';
import type { EnrolmentReason, FollowUp, ProgrammeTrack, Rebound, Resolution, SignOff } from './programme.types.js';

export interface CaseEnrolledInProgramme {
  type: 'CaseEnrolledInProgramme';
  data: {
    programmeId: string;
    programmeName: string;
    programmeEndsOn: IsoDate;
    enrolledOn: IsoDate;
    track: ProgrammeTrack;
    reason: EnrolmentReason;
    owningLeader: string;
    owningLeaderId?: string;
    targetDate: IsoDate;
    category: Category;
    note?: string;
  };
}

export interface FollowUpRecorded {
  type: 'FollowUpRecorded';
  data: FollowUp;
}

export interface ProgrammeCaseResolved {
  type: 'ProgrammeCaseResolved';
  data: Resolution;
}

export interface ProgrammeCaseSignedOff {
  type: 'ProgrammeCaseSignedOff';
  data: SignOff;
}

export interface ProgrammeCaseRebounded {
  type: 'ProgrammeCaseRebounded';
  data: Rebound;
}

export type ProgrammeCaseEvent = CaseEnrolledInProgramme | FollowUpRecorded | ProgrammeCaseResolved | ProgrammeCaseSignedOff | ProgrammeCaseRebounded;
