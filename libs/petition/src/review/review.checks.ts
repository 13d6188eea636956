import { shanghaiDate, type IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import { REVIEW_OUTCOMES } from '../handling/handling.types.js';
import { DOCUMENT_TEXT_MAX_LENGTH, NAME_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import type { PetitionCase } from '../core/petition.state.js';
import { boundOf, latestStepOfStage } from '../core/petition.timeline.js';
import type { IssueReviewOpinion, RequestReview } from './review.commands.js';
import type { ReviewOpinion, ReviewRequest } from './review.events.js';
import { RuleChecks } from '../core/rule-checks.js';
import { CLOCK_CATALOGUE } from '../core/clock-catalogue.js';
import { missedWindow } from '../core/statutory-window.js';

export interface ServedOpinion {
  date: IsoDate;
  step: string;
  /** The petitioner's window to contest it. */
  window: 'review_window' | 'final_review_window';
  article: string;
}

/** A petitioner's request, recorded by a clerk, within `days` of the opinion it contests. */
export function checkedRequest(data: RequestReview['data'], context: CommandContext, petition: PetitionCase, served: ServedOpinion): ReviewRequest {
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const requestedOn = data.requestedOn ?? today;
  checks.requiredText('requestedBy', data.requestedBy, NAME_MAX_LENGTH);
  if (!petition.petitioners.some((petitioner) => petitioner.name === data.requestedBy)) {
    checks.add('requestedBy', `must name a petitioner of this case: ${petition.petitioners.map((petitioner) => petitioner.name).join(', ')}`);
  }
  checks.requiredText('reasons', data.reasons, DOCUMENT_TEXT_MAX_LENGTH);
  if (checks.businessDate('requestedOn', requestedOn, { today, notBefore: served })) {
    const deadline = missedWindow(context.calendar, served.window, served.date, requestedOn);
    if (deadline) checks.add('requestedOn', `the ${CLOCK_CATALOGUE[served.window].length.days} days to contest the ${served.step} served on ${served.date} ended on ${deadline} (${served.article})`);
  }
  checks.throwIfAny();
  return { requestedOn, requestedBy: data.requestedBy, reasons: data.reasons };
}

/** A review or final review opinion, after the request and any hearing held on it. */
export function checkedOpinion(data: IssueReviewOpinion['data'], context: CommandContext, petition: PetitionCase): ReviewOpinion {
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
