import type { EventTable } from '../core/decider-tables.js';
import { inStage } from '../core/evolve-guard.js';
import { CorruptPetitionStreamError } from '../core/petition.errors.js';
import type { ReviewEvent } from './review.events.js';

/** 复查 and 复核: requested, answered, and after the final opinion the matter is concluded. */
export const REVIEW_EVENTS: EventTable<ReviewEvent> = {
  ReviewRequested: {
    name: 'review request',
    kind: 'stage',
    date: (data) => data.requestedOn,
    evolve: (petition, event) => {
      const reviewed = inStage(petition, event, ['opinion_served', 'closed']);
      const { opinion } = reviewed;
      if (!opinion) throw new CorruptPetitionStreamError(event.type, reviewed.status);
      return { ...reviewed, opinion, status: 'under_review', review: { request: event.data } };
    },
  },
  ReviewOpinionIssued: {
    name: 'review opinion',
    kind: 'stage',
    date: (data) => data.servedOn,
    evolve: (petition, event) => {
      const reviewed = inStage(petition, event, ['under_review']);
      return { ...reviewed, status: 'reviewed', review: { ...reviewed.review, opinion: event.data } };
    },
  },
  FinalReviewRequested: {
    name: 'final review request',
    kind: 'stage',
    date: (data) => data.requestedOn,
    evolve: (petition, event) => ({ ...inStage(petition, event, ['reviewed']), status: 'under_final_review', finalReview: { request: event.data } }),
  },
  FinalReviewOpinionIssued: {
    name: 'final review opinion',
    kind: 'stage',
    date: (data) => data.servedOn,
    evolve: (petition, event) => {
      const reviewed = inStage(petition, event, ['under_final_review']);
      return { ...reviewed, status: 'concluded', finalReview: { ...reviewed.finalReview, opinion: event.data } };
    },
  },
};
