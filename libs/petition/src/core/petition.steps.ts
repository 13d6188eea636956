import { ACCEPTANCE_STEPS } from '../acceptance/acceptance.steps.js';
import type { AcceptanceDecisionKind } from '../acceptance/acceptance.commands.js';
import { CLASSIFICATION_STEPS } from '../classification/classification.steps.js';
import { HANDLING_STEPS } from '../handling/handling.steps.js';
import { HANDOVER_STEPS } from '../handover/handover.steps.js';
import { HEARING_STEPS } from '../hearing/hearing.steps.js';
import { MEDIATION_STEPS } from '../mediation/mediation.steps.js';
import { PROGRAMME_STEPS } from '../programme/programme.steps.js';
import { REVIEW_STEPS } from '../review/review.steps.js';
import type { StepDefinition } from './decider-tables.js';
import { everyOf } from './every-of.js';
import { PETITION_STAGES as STAGES_IN_ORDER } from './petition-stages.js';
import type { ExistingPetition, PetitionStage, PetitionState } from './petition.state.js';

/**
 * The lifecycle as a table, each sub-area declaring its steps: the stages that list a step, and what
 * in the case's record may rule it out. A step not listed for the stage is refused with a 409
 * (`TransitionRefusedError`). Steps are finer than command types: `DecideAcceptance` is five,
 * because a forwarded case may be accepted but not forwarded again.
 */
const STEP_TABLE = {
  ...ACCEPTANCE_STEPS,
  ...HANDOVER_STEPS,
  ...HEARING_STEPS,
  ...MEDIATION_STEPS,
  ...HANDLING_STEPS,
  ...REVIEW_STEPS,
  ...CLASSIFICATION_STEPS,
  ...PROGRAMME_STEPS,
} as const satisfies Record<string, StepDefinition>;
type TableStep = keyof typeof STEP_TABLE;

/**
 * The steps a petition can take, named as the API and a clerk would say them, in the order
 * `allowedNextSteps` and a 409's `allowedNext` list them. `register` is the step of no petition.
 */
export const PETITION_STEPS = everyOf<TableStep | 'register'>()([
  'register',
  'accept',
  'not_accept',
  'forward',
  'assign',
  'divert',
  'channel',
  'object',
  'sign_for_case',
  'notify_petitioner',
  'decide_objection',
  'schedule_hearing',
  'reschedule_hearing',
  'adjourn_hearing',
  'cancel_hearing',
  'record_panel_opinion',
  'conclude_hearing',
  'request_recusal',
  'decide_recusal',
  'complete_plan_task',
  'start_mediation',
  'record_mediation_session',
  'record_mediation_agreement',
  'record_mediation_failure',
  'record_obligation_performance',
  'extend',
  'issue_opinion',
  'close',
  'issue_review_opinion',
  'request_final_review',
  'issue_final_review_opinion',
  'rate',
  'request_review',
  'report_completion',
  'verify_completion_report',
  'record_follow_up',
  'resolve_programme_case',
  'sign_off_programme_case',
  'reclassify',
  'change_claim_type',
]);
export type PetitionStep = (typeof PETITION_STEPS)[number];

export const STEP_OF_DECISION: Readonly<Record<AcceptanceDecisionKind, PetitionStep>> = {
  accepted: 'accept',
  not_accepted: 'not_accept',
  forwarded: 'forward',
  assigned: 'assign',
  diverted: 'divert',
  channelled: 'channel',
};

/** The stages whose row in the table lists `Step`: what a petition is known to be once the step passed the stage check. */
export type StagesAllowing<Step extends PetitionStep> = Step extends TableStep ? (typeof STEP_TABLE)[Step]['stages'][number] : never;

export const PETITION_STAGES = everyOf<PetitionStage>()(STAGES_IN_ORDER);

export function isStepAllowedInStage(stage: PetitionStage, step: PetitionStep): boolean {
  return step !== 'register' && (STEP_TABLE[step].stages as readonly PetitionStage[]).includes(stage);
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
  return PETITION_STEPS.filter((step) => isStepAllowedInStage(state.status, step) && admits(state, step));
}

function admits(petition: ExistingPetition, step: PetitionStep): boolean {
  if (step === 'register') return false;
  const definition: StepDefinition = STEP_TABLE[step];
  return definition.admits?.(petition) ?? true;
}
