import { shanghaiDate, type IsoDate } from './business-date.js';
import type { CommandContext } from './command-context.js';
import { REVIEW_OUTCOMES } from './handling.types.js';
import { DOCUMENT_TEXT_MAX_LENGTH, FINAL_REVIEW_REQUEST_PERIOD_DAYS, NAME_MAX_LENGTH, REVIEW_REQUEST_PERIOD_DAYS, UNIT_MAX_LENGTH } from './petition.limits.js';
import type { ExistingPetition, PetitionCase } from './petition.state.js';
import { boundOf, latestStepOfStage } from './petition.timeline.js';
import { refuseWhileProceedingOpen } from './proceeding-guards.js';
import type { IssueFinalReviewOpinion, IssueReviewOpinion, RequestFinalReview, RequestReview } from './review.commands.js';
import type { FinalReviewOpinionIssued, FinalReviewRequested, ReviewOpinion, ReviewOpinionIssued, ReviewRequest, ReviewRequested } from './review.events.js';
import { RuleChecks } from './rule-checks.js';
import { missedDeadline } from './statutory-window.js';
import { refuseStep, refuseUnlessStageAllows } from './step-guard.js';

/** 复查 (Art. 35): of a served handling opinion, whether or not the case was closed, within 30 days of it. */
export function decideReviewRequest(command: RequestReview, petition: ExistingPetition): [ReviewRequested] {
  refuseUnlessStageAllows(petition, command.type, 'request_review');
  const { opinion } = petition;
  if (!opinion) return refuseStep(petition, command.type, 'request_review');
  const served = { date: opinion.servedOn, step: 'handling opinion', days: REVIEW_REQUEST_PERIOD_DAYS, article: '条例 Art. 35' };
  return [{ type: 'ReviewRequested', data: checkedRequest(command.data, command.context, petition, served) }];
}

/** 复核 (Art. 36): of the review opinion, within 30 days of it. */
export function decideFinalReviewRequest(command: RequestFinalReview, petition: ExistingPetition): [FinalReviewRequested] {
  refuseUnlessStageAllows(petition, command.type, 'request_final_review');
  const { servedOn } = petition.review.opinion;
  const served = { date: servedOn, step: 'review opinion', days: FINAL_REVIEW_REQUEST_PERIOD_DAYS, article: '条例 Art. 36' };
  return [{ type: 'FinalReviewRequested', data: checkedRequest(command.data, command.context, petition, served) }];
}

export function decideReviewOpinion(command: IssueReviewOpinion, petition: ExistingPetition): [ReviewOpinionIssued] {
  refuseUnlessStageAllows(petition, command.type, 'issue_review_opinion');
  refuseWhileProceedingOpen(petition, command.type, 'review opinion');
  return [{ type: 'ReviewOpinionIssued', data: checkedOpinion(command.data, command.context, petition) }];
}

/** The final opinion concludes the matter (终结). A hearing held during the final review has ended by then. */
export function decideFinalReviewOpinion(command: IssueFinalReviewOpinion, petition: ExistingPetition): [FinalReviewOpinionIssued] {
  refuseUnlessStageAllows(petition, command.type, 'issue_final_review_opinion');
  refuseWhileProceedingOpen(petition, command.type, 'final review opinion');
  return [{ type: 'FinalReviewOpinionIssued', data: checkedOpinion(command.data, command.context, petition) }];
}

interface ServedOpinion {
  date: IsoDate;
  step: string;
  days: number;
  article: string;
}

/** A petitioner's request, recorded by a clerk, within `days` of the opinion it contests. */
function checkedRequest(data: RequestReview['data'], context: CommandContext, petition: PetitionCase, served: ServedOpinion): ReviewRequest {
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const requestedOn = data.requestedOn ?? today;
  checks.requiredText('requestedBy', data.requestedBy, NAME_MAX_LENGTH);
  if (!petition.petitioners.some((petitioner) => petitioner.name === data.requestedBy)) {
    checks.add('requestedBy', `must name a petitioner of this case: ${petition.petitioners.map((petitioner) => petitioner.name).join(', ')}`);
  }
  checks.requiredText('reasons', data.reasons, DOCUMENT_TEXT_MAX_LENGTH);
  if (checks.businessDate('requestedOn', requestedOn, { today, notBefore: served })) {
    const deadline = missedDeadline(context.calendar, served.date, { days: served.days, counting: 'calendar_days' }, requestedOn);
    if (deadline) checks.add('requestedOn', `the ${served.days} days to contest the ${served.step} served on ${served.date} ended on ${deadline} (${served.article})`);
  }
  checks.throwIfAny();
  return { requestedOn, requestedBy: data.requestedBy, reasons: data.reasons };
}

/** A review or final review opinion, after the request and any hearing held on it. */
function checkedOpinion(data: IssueReviewOpinion['data'], context: CommandContext, petition: PetitionCase): ReviewOpinion {
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const servedOn = data.servedOn ?? today;
  checks.oneOf('outcome', REVIEW_OUTCOMES, data.outcome);
  checks.requiredText('reasons', data.reasons, DOCUMENT_TEXT_MAX_LENGTH);
  checks.requiredText('reviewingOrgan', data.reviewingOrgan, UNIT_MAX_LENGTH);
  checks.businessDate('servedOn', servedOn, { today, notBefore: boundOf(latestStepOfStage(petition)) });
  checks.throwIfAny();
  return { servedOn, outcome: data.outcome, reasons: data.reasons, reviewingOrgan: data.reviewingOrgan };
}
