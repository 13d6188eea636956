import type { IsoDate } from '../core/business-date.js';
import type { PetitionStage } from '../core/petition.state.js';
import type { DocumentKind } from './case-file.types.js';

/** The case has not recorded the step the document records, so it cannot be issued (→ 409). */
export class DocumentNotAvailableError extends Error {
  override readonly name = 'DocumentNotAvailableError';
  constructor(
    readonly stage: PetitionStage,
    readonly document: DocumentKind,
    /** The step the document records, as `allowedNext` names steps. */
    readonly requires: string,
    detail: string,
  ) {
    super(`${detail} The case is at stage ${stage}.`);
  }
}

/** An issued document is served once (→ 409). */
export class DocumentAlreadyServedError extends Error {
  override readonly name = 'DocumentAlreadyServedError';
  constructor(readonly number: string, readonly servedOn: IsoDate) {
    super(`Document ${number} was already served, on ${servedOn}; service is recorded once`);
  }
}
