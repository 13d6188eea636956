import { hearingPauseDays } from '@xinfang/calendar';
import { caseClock, type ClockDerivations, stopOf } from '../core/case-clock.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { servedOnOf } from '../case-file/case-file.record.js';

const reviewOf = (petition: ExistingPetition) => ('review' in petition ? petition.review : undefined);
const finalReviewOf = (petition: ExistingPetition) => ('finalReview' in petition ? petition.finalReview : undefined);

export const REVIEW_CLOCKS: ClockDerivations<'review_window' | 'review_answer' | 'final_review_window' | 'final_review_answer'> = {
  // The windows run from the service (送达) of the issued opinion when one is recorded, else from the opinion's own date.
  review_window: (petition) => {
    if (!('opinion' in petition) || !petition.opinion) return [];
    const servedOn = servedOnOf(petition.caseFile, 'handling-opinion') ?? petition.opinion.servedOn;
    return [caseClock('review_window', 0, servedOn, {}, stopOf(servedOn, reviewOf(petition)?.request.requestedOn))];
  },
  review_answer: (petition) => {
    const review = reviewOf(petition);
    return review ? [caseClock('review_answer', 0, review.request.requestedOn, {}, stopOf(review.request.requestedOn, review.opinion?.servedOn))] : [];
  },
  final_review_window: (petition) => {
    const opinion = reviewOf(petition)?.opinion;
    if (!opinion) return [];
    const servedOn = servedOnOf(petition.caseFile, 'review-opinion') ?? opinion.servedOn;
    return [caseClock('final_review_window', 0, servedOn, {}, stopOf(servedOn, finalReviewOf(petition)?.request.requestedOn))];
  },
  final_review_answer: (petition) => {
    const finalReview = finalReviewOf(petition);
    if (!finalReview || !('mediations' in petition)) return [];
    // Time spent on a hearing in the final review is not counted (Art. 36): each concluded one adds its days.
    const pause = petition.hearings.reduce(
      (total, hearing) => total + (hearing.stage === 'under_final_review' && hearing.status === 'concluded' ? hearingPauseDays(hearing.scheduledOn, hearing.conclusion.concludedOn) : 0),
      0,
    );
    return [caseClock('final_review_answer', 0, finalReview.request.requestedOn, { hearingPauseDays: pause }, stopOf(finalReview.request.requestedOn, finalReview.opinion?.servedOn))];
  },
};
