import type { HandlingOpinionIssued, PetitionClosed, SatisfactionRated } from '../handling/handling.events.js';
import type { HearingConcluded, HearingScheduled, PanelOpinionRecorded } from '../hearing/hearing.events.js';
import type { HearingAttendees, PanelMember } from '../hearing/hearing.types.js';
import type { MediationAgreed, MediationFailed, MediationSessionHeld, MediationStarted } from '../mediation/mediation.events.js';
import type { PetitionCommand } from '../core/petition.commands.js';
import type { RegisterPetition } from '../intake/intake.commands.js';
import { petitionDecider } from '../core/petition.decider.js';
import { RuleViolationError } from '../core/petition.errors.js';
import type { PetitionAccepted } from '../acceptance/acceptance.events.js';
import type { PetitionEvent } from '../core/petition.events.js';
import type { Actor } from '../core/petition.types.js';
import type { FinalReviewOpinionIssued, FinalReviewRequested, ReviewOpinionIssued, ReviewRequested } from '../review/review.events.js';
import { given } from './given.js';
import { CLERK, contextAt, petitionRegistered } from './petition.fixtures.js';

/** 10:00 on 2027-06-30 in Shanghai: late enough for every business date of the lifecycle below. */
export const LATER = new Date('2027-06-30T02:00:00Z');

/** A command as the API builds it; a clerk at `LATER` unless told otherwise. */
export function command<C extends Exclude<PetitionCommand, RegisterPetition>>(
  type: C['type'],
  data: C['data'],
  { actor = CLERK, now = LATER }: { actor?: Actor; now?: Date } = {},
): C {
  return { type, data, context: contextAt(now, actor) } as C;
}

/** The content violations a command is refused with. */
export function violationsOf(history: PetitionEvent[], refused: PetitionCommand) {
  return given(petitionDecider, history).when(refused).thenThrows(RuleViolationError).violations;
}

export const registered = petitionRegistered();

export const accepted: PetitionAccepted = {
  type: 'PetitionAccepted',
  data: { decidedAt: '2026-11-25', handlingUnit: '射阳县住房和城乡建设局', handlerId: 'clerk-7' },
};

/** Registered on Friday 2026-11-20, accepted on Wednesday 2026-11-25 by clerk-7, its handler. */
export const IN_HANDLING: PetitionEvent[] = [registered, accepted];

export const PANEL: PanelMember[] = [
  { memberId: 'chair-1', name: '陈国华', role: 'chair' },
  { memberId: 'judge-1', name: '李法官', role: 'judge' },
  { memberId: 'lawyer-1', name: '赵律师', role: 'lawyer' },
  { memberId: 'deputy-1', name: '孙代表', role: 'deputy' },
];

export const ATTENDEES: HearingAttendees = { petitioner: true, petitionerLawyer: '钱律师', responsibleUnit: '射阳县住房和城乡建设局' };

export function panelist(memberId: string): Actor {
  const member = PANEL.find((candidate) => candidate.memberId === memberId);
  return { id: memberId, name: member?.name ?? memberId, role: 'panel' };
}

export function hearingScheduled(data: Partial<HearingScheduled['data']> = {}): HearingScheduled {
  return {
    type: 'HearingScheduled',
    data: { hearingId: 'H1', scheduledOn: '2026-12-01', hearingDate: '2026-12-10', venue: '射阳县信访局模拟法庭', panel: PANEL, attendees: ATTENDEES, ...data },
  };
}

export function opinionRecorded(memberId: string, data: Partial<PanelOpinionRecorded['data']> = {}): PanelOpinionRecorded {
  return { type: 'PanelOpinionRecorded', data: { hearingId: 'H1', memberId, opinion: 'partially_supports', reasoning: '补偿标准有据，利息主张无据', givenOn: '2026-12-10', ...data } };
}

/** Every member of `PANEL` gave an opinion on the hearing day. */
export const ALL_OPINIONS: PanelOpinionRecorded[] = PANEL.map((member) => opinionRecorded(member.memberId));

export function hearingConcluded(data: Partial<HearingConcluded['data']> = {}): HearingConcluded {
  return {
    type: 'HearingConcluded',
    data: {
      hearingId: 'H1',
      concludedOn: '2026-12-11',
      conclusion: 'partially_supports',
      findings: '补偿协议合法有效，补偿款逾期未付属实',
      resolutionPlan: '住建局于限期内支付补偿款本金',
      resolveBy: '2027-01-15',
      absentMemberIds: [],
      ...data,
    },
  };
}

export const mediationStarted: MediationStarted = { type: 'MediationStarted', data: { startedOn: '2026-12-14', mediator: '合德镇人民调解委员会' } };

export const sessionHeld: MediationSessionHeld = {
  type: 'MediationSessionHeld',
  data: { heldOn: '2026-12-18', attendees: ['张建国', '住建局刘科长'], summary: '双方就支付期限协商', delayRequestedBy: 'unit', delayReason: '需报县政府审批资金' },
};

export const mediationAgreed: MediationAgreed = {
  type: 'MediationAgreed',
  data: { agreedOn: '2026-12-28', terms: '住建局分两期支付补偿款', obligations: [{ party: '射阳县住房和城乡建设局', obligation: '支付第一期补偿款', dueOn: '2027-01-31' }] },
};

export const mediationFailed: MediationFailed = { type: 'MediationFailed', data: { failedOn: '2026-12-28', reason: '双方对利息无法达成一致' } };

export function opinionIssued(data: Partial<HandlingOpinionIssued['data']> = {}): HandlingOpinionIssued {
  return {
    type: 'HandlingOpinionIssued',
    data: {
      servedOn: '2027-02-01',
      outcome: 'supported',
      request: '按协议支付补偿款及利息',
      facts: '2024 年签订拆迁补偿协议，补偿款至今未付',
      reasons: '协议合法有效，应予履行',
      legalBasis: '《民法典》第五百零九条',
      ...data,
    },
  };
}

export const closedAsServed: PetitionClosed = { type: 'PetitionClosed', data: { closedOn: '2027-02-02', outcome: 'opinion_served' } };
export const rated: SatisfactionRated = { type: 'SatisfactionRated', data: { ratedOn: '2027-02-03', rating: 'dissatisfied' } };

export const reviewRequested: ReviewRequested = { type: 'ReviewRequested', data: { requestedOn: '2027-02-20', requestedBy: '张建国', reasons: '利息未获支持' } };
export const reviewOpinionIssued: ReviewOpinionIssued = {
  type: 'ReviewOpinionIssued',
  data: { servedOn: '2027-03-15', outcome: 'upheld', reasons: '原处理意见认定事实清楚', reviewingOrgan: '射阳县人民政府' },
};
export const finalReviewRequested: FinalReviewRequested = { type: 'FinalReviewRequested', data: { requestedOn: '2027-04-01', requestedBy: '张建国', reasons: '仍不服' } };
export const finalReviewOpinionIssued: FinalReviewOpinionIssued = {
  type: 'FinalReviewOpinionIssued',
  data: { servedOn: '2027-04-28', outcome: 'upheld', reasons: '复查意见正确', reviewingOrgan: '盐城市人民政府' },
};

/** The handling opinion was served on Monday 2027-02-01. */
export const OPINION_SERVED: PetitionEvent[] = [...IN_HANDLING, opinionIssued()];
export const CLOSED: PetitionEvent[] = [...OPINION_SERVED, closedAsServed];
export const UNDER_REVIEW: PetitionEvent[] = [...CLOSED, reviewRequested];
/** The review opinion was served on Monday 2027-03-15. */
export const REVIEWED: PetitionEvent[] = [...UNDER_REVIEW, reviewOpinionIssued];
export const UNDER_FINAL_REVIEW: PetitionEvent[] = [...REVIEWED, finalReviewRequested];
export const CONCLUDED: PetitionEvent[] = [...UNDER_FINAL_REVIEW, finalReviewOpinionIssued];
