import type { HearingConcluded, PanelOpinionRecorded, PlanTaskCompleted } from '../hearing/hearing.events.js';
import type { PanelMember, PlanTask } from '../hearing/hearing.types.js';
import type { PetitionEvent } from '../core/petition.events.js';
import type { Actor } from '../core/petition.types.js';
import type { ProgrammeReference } from '../programme/programme.commands.js';
import type { CaseEnrolledInProgramme, ProgrammeCaseResolved } from '../programme/programme.events.js';
import { CONCLUDED, PANEL, hearingConcluded, hearingScheduled, opinionRecorded } from './handling.fixtures.js';

/** Sheyang's programme of 2027; the case of handling.fixtures.ts, concluded by a final review on 2027-04-28, enrolled on 2027-05-06. */
export const PROGRAMME: ProgrammeReference = { programmeId: 'P1', name: '射阳县信访积案“模拟法庭”化解专项行动', periodFrom: '2027-01-01', periodTo: '2027-12-31' };

export const LEADER: Actor = { id: 'leader-1', name: '周建华', role: 'leader' };

export function enrolled(data: Partial<CaseEnrolledInProgramme['data']> = {}): CaseEnrolledInProgramme {
  return {
    type: 'CaseEnrolledInProgramme',
    data: {
      programmeId: PROGRAMME.programmeId,
      programmeName: PROGRAMME.name,
      programmeEndsOn: PROGRAMME.periodTo,
      enrolledOn: '2027-05-06',
      track: 'complex',
      reason: 'long_standing',
      owningLeader: LEADER.name,
      owningLeaderId: LEADER.id,
      targetDate: '2027-09-30',
      category: 'housing_construction',
      ...data,
    },
  };
}

export const ENROLLED_CONCLUDED: PetitionEvent[] = [...CONCLUDED, enrolled()];

/** Every member of `PANEL` declares no direct interest, as a programme hearing asks. */
export const DECLARED_PANEL: PanelMember[] = PANEL.map((member) => ({ ...member, noDirectInterest: true }));

export const programmeHearingScheduled = (data: Partial<ReturnType<typeof hearingScheduled>['data']> = {}) =>
  hearingScheduled({ scheduledOn: '2027-05-10', hearingDate: '2027-05-20', panel: DECLARED_PANEL, ...data });

export const programmeOpinion = (memberId: string, data: Partial<PanelOpinionRecorded['data']> = {}) => opinionRecorded(memberId, { givenOn: '2027-05-20', ...data });

export const PLAN_TASKS: PlanTask[] = [
  { taskId: 'T1', task: '支付拆迁补偿款本金', ownerUnit: 'zjj', dueOn: '2027-06-15' },
  { taskId: 'T2', task: '协调安置房交付', ownerUnit: 'hdz', dueOn: '2027-06-20' },
];

export function programmeConcluded(data: Partial<HearingConcluded['data']> = {}): HearingConcluded {
  return hearingConcluded({ concludedOn: '2027-05-21', resolveBy: '2027-06-30', planTasks: PLAN_TASKS, ...data });
}

export function taskCompleted(taskId: string, data: Partial<PlanTaskCompleted['data']> = {}): PlanTaskCompleted {
  return { type: 'PlanTaskCompleted', data: { hearingId: 'H1', taskId, completedOn: '2027-06-10', evidence: '银行转账凭证', ...data } };
}

/** Enrolled, heard by the programme's mock court, its plan set as two tasks. */
export const HEARD_IN_PROGRAMME: PetitionEvent[] = [
  ...ENROLLED_CONCLUDED,
  programmeHearingScheduled(),
  ...PANEL.map((member) => programmeOpinion(member.memberId)),
  programmeConcluded(),
];

export const PLAN_DONE: PetitionEvent[] = [...HEARD_IN_PROGRAMME, taskCompleted('T1'), taskCompleted('T2', { completedOn: '2027-06-18' })];

export function resolved(data: Partial<ProgrammeCaseResolved['data']> = {}): ProgrammeCaseResolved {
  return { type: 'ProgrammeCaseResolved', data: { resolvedOn: '2027-06-22', basis: 'plan_done', evidence: '方案两项任务均已完成', ...data } };
}

export const RESOLVED: PetitionEvent[] = [...PLAN_DONE, resolved()];
