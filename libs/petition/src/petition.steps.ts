import type { AcceptanceDecisionKind } from './petition.commands.js';
import { activeMediation, openHearing } from './petition.queries.js';
import type { ExistingPetition, PetitionStage, PetitionState } from './petition.state.js';

/**
 * The steps a petition can take, named as the API and a clerk would say them. Finer than command
 * types: `DecideAcceptance` is five steps, because a forwarded case may be accepted but not
 * forwarded again. These are the values of `allowedNextSteps` and of a 409's `allowedNext`.
 */
export const PETITION_STEPS = [
  'register',
  'accept',
  'not_accept',
  'forward',
  'assign',
  'divert',
  'object',
  'schedule_hearing',
  'reschedule_hearing',
  'adjourn_hearing',
  'cancel_hearing',
  'record_panel_opinion',
  'conclude_hearing',
  'start_mediation',
  'record_mediation_session',
  'record_mediation_agreement',
  'record_mediation_failure',
  'extend',
  'issue_opinion',
  'close',
  'rate',
  'request_review',
  'issue_review_opinion',
  'request_final_review',
  'issue_final_review_opinion',
  'reclassify',
] as const;
export type PetitionStep = (typeof PETITION_STEPS)[number];

export const STEP_OF_DECISION: Readonly<Record<AcceptanceDecisionKind, PetitionStep>> = {
  accepted: 'accept',
  not_accepted: 'not_accept',
  forwarded: 'forward',
  assigned: 'assign',
  diverted: 'divert',
};

const ACCEPTANCE_DECISIONS = ['accept', 'not_accept', 'forward', 'assign', 'divert'] as const;
const HEARING_STEPS = ['schedule_hearing', 'reschedule_hearing', 'adjourn_hearing', 'cancel_hearing', 'record_panel_opinion', 'conclude_hearing'] as const;
const MEDIATION_STEPS = ['start_mediation', 'record_mediation_session', 'record_mediation_agreement', 'record_mediation_failure'] as const;

/** The lifecycle as a table: a step not listed for a stage is refused with a 409 (`TransitionRefusedError`). */
const STEPS_BY_STAGE = {
  registered: [...ACCEPTANCE_DECISIONS, 'reclassify'],
  // The receiving unit has 5 working days to take the case or object (Art. 23 ¶3).
  forwarded: ['accept', 'object', 'reclassify'],
  assigned: ['accept', 'object', 'reclassify'],
  // After an objection the bureau decides again, as on a registered case.
  objected: [...ACCEPTANCE_DECISIONS, 'reclassify'],
  accepted: [...HEARING_STEPS, ...MEDIATION_STEPS, 'extend', 'issue_opinion', 'close', 'reclassify'],
  not_accepted: ['reclassify'],
  diverted: ['reclassify'],
  opinion_served: ['close', 'request_review', 'reclassify'],
  closed: ['rate', 'request_review', 'reclassify'],
  under_review: [...HEARING_STEPS, 'issue_review_opinion', 'rate', 'reclassify'],
  reviewed: ['request_final_review', 'rate', 'reclassify'],
  under_final_review: [...HEARING_STEPS, 'issue_final_review_opinion', 'rate', 'reclassify'],
  concluded: [],
} as const satisfies Record<PetitionStage, readonly PetitionStep[]>;

/** The stages whose row in the table lists `Step`: what a petition is known to be once the step passed the stage check. */
export type StagesAllowing<Step extends PetitionStep> = {
  [Stage in PetitionStage]: Step extends (typeof STEPS_BY_STAGE)[Stage][number] ? Stage : never;
}[PetitionStage];

export const PETITION_STAGES: readonly PetitionStage[] = Object.keys(STEPS_BY_STAGE) as PetitionStage[];

export function isStepAllowedInStage(stage: PetitionStage, step: PetitionStep): boolean {
  return (STEPS_BY_STAGE[stage] as readonly PetitionStep[]).includes(step);
}

/**
 * The steps the petition's state admits now: the steps its stage lists, less those its record rules
 * out (a second extension, a hearing step with no such hearing, a rating with no closure, `divert`
 * on a category other than 涉法涉诉). Dates and the command's content are not considered.
 * Refusals: a step outside the stage's row → 409 `TransitionRefusedError`; `rate` with no closure
 * and `request_review` with no opinion too, as they are lifecycle positions. The others answer with
 * a dedicated error: `ProceedingStateError` or `AlreadyRecordedError` (409), or for `divert` a 422.
 */
export function allowedNextSteps(state: PetitionState): PetitionStep[] {
  if (state.status === 'none') return ['register'];
  return (STEPS_BY_STAGE[state.status] as readonly PetitionStep[]).filter((step) => admits(state, step));
}

/** The record conditions of `allowedNextSteps`, step by step. */
function admits(petition: ExistingPetition, step: PetitionStep): boolean {
  const open = openHearing(petition);
  const mediating = activeMediation(petition) !== undefined;
  switch (step) {
    case 'divert':
      return petition.category === 'law_litigation';
    case 'schedule_hearing':
      return open === undefined;
    case 'reschedule_hearing':
      return open?.status === 'adjourned';
    case 'adjourn_hearing':
    case 'record_panel_opinion':
    case 'conclude_hearing':
      return open?.status === 'scheduled';
    case 'cancel_hearing':
      return open !== undefined;
    case 'start_mediation':
      return !mediating;
    case 'record_mediation_session':
    case 'record_mediation_agreement':
    case 'record_mediation_failure':
      return mediating;
    case 'extend':
      return !('extension' in petition && petition.extension);
    case 'issue_opinion':
    case 'close':
    case 'issue_review_opinion':
    case 'issue_final_review_opinion':
      return open === undefined && !mediating;
    case 'rate':
      return 'closure' in petition && petition.closure !== undefined && !petition.rating;
    case 'request_review':
      return 'opinion' in petition && petition.opinion !== undefined;
    default:
      return true;
  }
}
