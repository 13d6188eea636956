import type { IsoDate } from '../core/business-date.js';
import { hearingsOf } from '../core/petition.queries.js';
import type { ExistingPetition } from '../core/petition.state.js';
import type { Hearing } from '../hearing/hearing.types.js';
import { DocumentNotAvailableError } from './case-file.errors.js';
import type { DocumentKind } from './case-file.types.js';

/** What a document prints from: the hearing of a hearing record, and the business date of the step it records. */
export interface DocumentSource {
  hearingId?: string;
  /** The step's date: the document cannot be issued before it. */
  recordedOn: IsoDate;
}

/**
 * The step a document records, once the case has recorded it (the same rules as its preview):
 * else a 409 naming the step. A hearing record is of `hearingId`, else of the latest concluded hearing.
 */
export function documentSource(petition: ExistingPetition, kind: DocumentKind, hearingId?: string): DocumentSource {
  const refuse = (requires: string, detail: string) => new DocumentNotAvailableError(petition.status, kind, requires, detail);
  const handled = 'mediations' in petition ? petition : undefined;
  switch (kind) {
    case 'acceptance-notice':
      if (!handled) throw refuse('accept', 'The case has not been accepted for handling.');
      return { recordedOn: handled.acceptance.decidedAt };
    case 'non-acceptance-notice':
      if (petition.status !== 'not_accepted' && petition.status !== 'diverted') throw refuse('not_accept', 'The case was not refused: it has no 不予受理 decision.');
      return { recordedOn: petition.acceptance.decidedAt };
    case 'extension-notice':
      if (!handled?.extension) throw refuse('extend', 'The handling period has not been extended.');
      return { recordedOn: handled.extension.extendedOn };
    case 'hearing-record': {
      const hearing = concludedHearing(hearingsOf(petition), hearingId);
      if (!hearing) throw refuse('conclude_hearing', hearingId ? `Hearing ${hearingId} of the case is not concluded.` : 'No hearing of the case has been concluded.');
      return { hearingId: hearing.hearingId, recordedOn: hearing.conclusion.concludedOn };
    }
    case 'mediation-agreement': {
      const agreed = handled?.mediations.filter((mediation) => mediation.status === 'agreed').at(-1);
      if (!agreed) throw refuse('record_mediation_agreement', 'No mediation of the case has ended in an agreement.');
      return { recordedOn: agreed.agreement.agreedOn };
    }
    case 'handling-opinion':
      if (!('opinion' in petition) || !petition.opinion) throw refuse('issue_opinion', 'No handling opinion has been issued.');
      return { recordedOn: petition.opinion.servedOn };
    case 'review-opinion':
      if (!('review' in petition) || !petition.review.opinion) throw refuse('issue_review_opinion', 'No review opinion (复查意见) has been issued.');
      return { recordedOn: petition.review.opinion.servedOn };
    case 'final-review-opinion':
      if (petition.status !== 'concluded') throw refuse('issue_final_review_opinion', 'No final review opinion (复核意见) has been issued.');
      return { recordedOn: petition.finalReview.opinion.servedOn };
  }
}

type ConcludedHearing = Extract<Hearing, { status: 'concluded' }>;

function concludedHearing(hearings: readonly Hearing[], hearingId: string | undefined): ConcludedHearing | undefined {
  const concluded = hearings.filter((hearing): hearing is ConcludedHearing => hearing.status === 'concluded');
  return hearingId === undefined ? concluded.at(-1) : concluded.find((hearing) => hearing.hearingId === hearingId);
}
