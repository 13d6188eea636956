import { type BusinessCalendar, type ClockParams, deadlineFor } from '@xinfang/calendar';
import { CLOCK_CATALOGUE, type ClockKind, type ExistingPetition, type Hearing, type Mediation } from '@xinfang/petition';
import { ProblemException, problemType } from '../http/problem.js';
import type { DocumentKind } from './document-kinds.js';
import type { DocumentPage } from './templates/document-layout.js';
import { type ConcludedHearing, hearingRecord } from './templates/hearing-record.js';
import { type AgreedMediation, mediationAgreement } from './templates/mediation-agreement.js';
import { acceptanceNotice, extensionNotice, nonAcceptanceNotice } from './templates/notices.js';
import { finalReviewOpinion, handlingOpinion, reviewOpinion } from './templates/opinions.js';

export interface DocumentRequest {
  readonly kind: DocumentKind;
  readonly hearingId?: string;
}

export interface DocumentContext {
  readonly bureauName: string;
  readonly calendar: BusinessCalendar;
}

/**
 * The document of `kind` from the case as folded, or a 409 naming the stage when the case has not
 * reached the step the document records (the step is named as `allowedNext` names steps).
 */
export function caseDocument(state: ExistingPetition, request: DocumentRequest, settings: DocumentContext): DocumentPage {
  const { bureauName, calendar } = settings;
  const deadline = (kind: ClockKind, startedOn: string, params: ClockParams = {}) => deadlineFor(calendar, { startedOn, length: CLOCK_CATALOGUE[kind].length, params }).deadline;
  switch (request.kind) {
    case 'acceptance-notice': {
      const petition = handled(state, request.kind, 'accept');
      return acceptanceNotice(petition, { bureauName, handlingDeadline: deadline('handling', petition.acceptance.decidedAt) });
    }
    case 'non-acceptance-notice':
      if (state.status !== 'not_accepted' && state.status !== 'diverted') throw notReached(request.kind, state, 'not_accept', 'The case was not refused: it has no 不予受理 decision.');
      return nonAcceptanceNotice(state, { bureauName });
    case 'extension-notice': {
      const petition = handled(state, request.kind, 'extend');
      const { extension } = petition;
      if (!extension) throw notReached(request.kind, state, 'extend', 'The handling period has not been extended.');
      const handlingDeadline = deadline('handling', petition.acceptance.decidedAt, { extensionDays: extension.days });
      return extensionNotice({ ...petition, extension }, { bureauName, handlingDeadline });
    }
    case 'hearing-record': {
      const petition = handled(state, request.kind, 'conclude_hearing');
      return hearingRecord(petition, concludedHearing(petition, request), bureauName);
    }
    case 'mediation-agreement': {
      const petition = handled(state, request.kind, 'record_mediation_agreement');
      const agreed = petition.mediations.filter((mediation): mediation is AgreedMediation => mediation.status === 'agreed');
      const latest = agreed.at(-1);
      if (!latest) throw notReached(request.kind, state, 'record_mediation_agreement', 'No mediation of the case has ended in an agreement.');
      return mediationAgreement(petition, latest, bureauName);
    }
    case 'handling-opinion': {
      const petition = handled(state, request.kind, 'issue_opinion');
      if (!('opinion' in petition) || !petition.opinion) throw notReached(request.kind, state, 'issue_opinion', 'No handling opinion has been issued.');
      const opinion = petition.opinion;
      return handlingOpinion({ ...petition, opinion }, { bureauName, windowDeadline: deadline('review_window', opinion.servedOn) });
    }
    case 'review-opinion': {
      if (!('review' in state) || !state.review.opinion) throw notReached(request.kind, state, 'issue_review_opinion', 'No review opinion (复查意见) has been issued.');
      const review = { request: state.review.request, opinion: state.review.opinion };
      return reviewOpinion({ ...state, review }, { bureauName, windowDeadline: deadline('final_review_window', review.opinion.servedOn) });
    }
    case 'final-review-opinion':
      if (state.status !== 'concluded') throw notReached(request.kind, state, 'issue_final_review_opinion', 'No final review opinion (复核意见) has been issued.');
      return finalReviewOpinion(state, { bureauName });
  }
}

/** A case accepted for handling, at any stage from then on. */
type HandledPetition = Extract<ExistingPetition, { mediations: Mediation[] }>;

function handled(state: ExistingPetition, kind: DocumentKind, requires: string): HandledPetition {
  if ('mediations' in state) return state;
  throw notReached(kind, state, requires, 'The case has not been accepted for handling.');
}

/** The hearing asked for, else the latest concluded one. */
function concludedHearing(petition: HandledPetition, request: DocumentRequest): ConcludedHearing {
  const isConcluded = (hearing: Hearing): hearing is ConcludedHearing => hearing.status === 'concluded';
  if (request.hearingId === undefined) {
    const latest = petition.hearings.filter(isConcluded).at(-1);
    if (!latest) throw notReached(request.kind, petition, 'conclude_hearing', 'No hearing of the case has been concluded.');
    return latest;
  }
  const hearing = petition.hearings.find((candidate) => candidate.hearingId === request.hearingId);
  if (!hearing) {
    throw new ProblemException({ type: problemType('hearing-not-found'), title: 'No such hearing', status: 404, detail: `The case has no hearing ${request.hearingId}.` });
  }
  if (!isConcluded(hearing)) {
    const problem = notReached(request.kind, petition, 'conclude_hearing', `Hearing ${hearing.hearingId} is ${hearing.status}, not concluded.`);
    throw new ProblemException({ ...problem.problem, hearingStatus: hearing.status });
  }
  return hearing;
}

function notReached(kind: DocumentKind, state: ExistingPetition, requires: string, detail: string): ProblemException {
  return new ProblemException({
    type: problemType('document-not-available'),
    title: 'The case has not reached the step this document records',
    status: 409,
    detail: `${detail} The case is at stage ${state.status}.`,
    stage: state.status,
    document: kind,
    requires,
  });
}
