import { petitionDecider } from '../core/petition.decider.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { withoutPersonalData } from '../core/petition.queries.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { petitionClocks } from '../core/case-clocks.js';
import { given } from '../testing/given.js';
import { CLOSED, command, IN_HANDLING, OPINION_SERVED, registered, REVIEWED, reviewRequested, violationsOf } from '../testing/handling.fixtures.js';
import type { RequestReview } from '../review/review.commands.js';
import type { AddAttachment, IssueDocument, ServeDocument } from './case-file.commands.js';
import { DocumentAlreadyServedError, DocumentNotAvailableError } from './case-file.errors.js';
import type { AttachmentAdded, DocumentIssued, DocumentServed } from './case-file.events.js';

const SHA = 'a'.repeat(64);
const SUBJECT = '5d6c0a4e-8a7b-4b8e-9d1f-2c3b4a5e6f70';

function attach(data: Partial<AddAttachment['data']> = {}): AddAttachment {
  return command<AddAttachment>('AddAttachment', { attachmentId: 'A1', kind: 'service_proof', name: '送达回证.pdf', mediaType: 'application/pdf', size: 2048, sha256: SHA, sealedFor: SUBJECT, addedOn: '2027-02-05', ...data });
}

function unsealedAttachment(data: Partial<AddAttachment['data']>): AddAttachment {
  const { sealedFor: _sealed, ...rest } = attach(data).data;
  return command<AddAttachment>('AddAttachment', rest);
}

function issue(data: Partial<IssueDocument['data']> = {}): IssueDocument {
  return command<IssueDocument>('IssueDocument', {
    kind: 'handling-opinion', number: { label: '信处字〔2027〕1号', year: 2027, seq: 1 }, sha256: SHA, size: 4096, caseVersion: 3, sealedFor: SUBJECT, issuedOn: '2027-02-03', ...data,
  });
}

function serve(data: Partial<ServeDocument['data']> = {}): ServeDocument {
  return command<ServeDocument>('ServeDocument', { number: '信处字〔2027〕1号', method: 'post', proofAttachmentId: 'A1', servedOn: '2027-02-08', ...data });
}

const proofAdded: AttachmentAdded = {
  type: 'AttachmentAdded',
  data: { attachmentId: 'A1', kind: 'service_proof', name: '送达回证.pdf', mediaType: 'application/pdf', size: 2048, sha256: SHA, addedOn: '2027-02-05', sealedFor: SUBJECT },
};
const opinionIssued: DocumentIssued = {
  type: 'DocumentIssued',
  data: { kind: 'handling-opinion', number: { label: '信处字〔2027〕1号', year: 2027, seq: 1 }, sha256: SHA, size: 4096, caseVersion: 3, issuedOn: '2027-02-03', sealedFor: SUBJECT },
};
const opinionServed: DocumentServed = { type: 'DocumentServed', data: { number: '信处字〔2027〕1号', method: 'post', proofAttachmentId: 'A1', servedOn: '2027-02-08' } };

describe('AddAttachment', () => {
  it('records what the log keeps of the file, in any stage, sealed for a subject when it carries personal data', () => {
    given(petitionDecider, [registered]).when(attach()).then([proofAdded]);
    given(petitionDecider, CLOSED).when(attach()).then([proofAdded]);
    const { sealedFor: _sealed, ...unsealed } = proofAdded.data;
    given(petitionDecider, IN_HANDLING)
      .when(unsealedAttachment({ kind: 'completion_report', name: '办结报告.pdf' }))
      .then([{ type: 'AttachmentAdded', data: { ...unsealed, kind: 'completion_report', name: '办结报告.pdf' } }]);
  });

  it('refuses a personal-data kind that is not sealed, a bad digest, a future date and a repeated id, all at once', () => {
    expect(violationsOf([registered, proofAdded], unsealedAttachment({ kind: 'identity_document', sha256: 'ABC', size: 0, addedOn: '2027-07-01' }))).toEqual([
      { field: 'attachmentId', message: 'is already an attachment of this case' },
      { field: 'size', message: 'must be a positive number of bytes' },
      { field: 'sha256', message: 'must be a SHA-256 digest in lower-case hex' },
      { field: 'sealedFor', message: 'is required: a identity_document carries personal data and is sealed' },
      { field: 'addedOn', message: 'must not be in the future (today in Shanghai is 2027-06-30)' },
    ]);
  });

  it('keeps sealed file names off the read side', () => {
    const state = foldPetition([registered, proofAdded]) as ExistingPetition;
    expect(state.caseFile?.attachments[0]?.name).toBe('送达回证.pdf');
    expect(withoutPersonalData(state).caseFile?.attachments[0]).not.toHaveProperty('name');
  });
});

describe('IssueDocument', () => {
  it('records the number and the PDF’s hash of a document the case has reached', () => {
    given(petitionDecider, OPINION_SERVED).when(issue()).then([opinionIssued]);
  });

  it('is refused with a 409 naming the step when the case has not recorded it', () => {
    given(petitionDecider, IN_HANDLING).when(issue()).thenThrows(DocumentNotAvailableError, { stage: 'accepted', document: 'handling-opinion', requires: 'issue_opinion' });
    given(petitionDecider, [registered]).when(issue({ kind: 'acceptance-notice' })).thenThrows(DocumentNotAvailableError, { stage: 'registered', requires: 'accept' });
  });

  it('needs the number of the year it is issued in, a date not before the step, and a number not on record', () => {
    expect(violationsOf([...OPINION_SERVED, opinionIssued], issue({ issuedOn: '2027-01-29' }))).toEqual([
      { field: 'issuedOn', message: 'must not precede the step the document records on 2027-02-01' },
      { field: 'number', message: '信处字〔2027〕1号 is already on record' },
    ]);
    expect(violationsOf(OPINION_SERVED, issue({ issuedOn: '2027-02-03', number: { label: '信处字〔2026〕9号', year: 2026, seq: 9 } }))).toEqual([
      { field: 'number', message: 'must be of the year the document is issued in, 2027' },
    ]);
  });
});

describe('ServeDocument', () => {
  const issuedAndProved = [...OPINION_SERVED, opinionIssued, proofAdded];

  it('records the service of an issued document with its proof', () => {
    given(petitionDecider, issuedAndProved).when(serve()).then([opinionServed]);
  });

  it('is refused (422) before the document is issued, and without a proof on file', () => {
    expect(violationsOf([...OPINION_SERVED, proofAdded], serve())).toEqual([
      { field: 'number', message: 'no document numbered 信处字〔2027〕1号 has been issued in this case: issue it before serving it' },
    ]);
    expect(violationsOf([...OPINION_SERVED, opinionIssued], serve({ servedOn: '2027-02-02' }))).toEqual([
      { field: 'proofAttachmentId', message: 'must name an attachment of this case (upload the proof of service first)' },
      { field: 'servedOn', message: 'must not precede the issue of 信处字〔2027〕1号 on 2027-02-03' },
    ]);
  });

  it('is recorded once', () => {
    given(petitionDecider, [...issuedAndProved, opinionServed]).when(serve()).thenThrows(DocumentAlreadyServedError, { number: '信处字〔2027〕1号', servedOn: '2027-02-08' });
  });

  it('may not come after the review request that contests the opinion', () => {
    expect(violationsOf([...CLOSED, opinionIssued, proofAdded, reviewRequested], serve({ servedOn: '2027-02-21' }))).toEqual([
      { field: 'servedOn', message: 'must not be after the review request on 2027-02-20 that contests it' },
    ]);
  });
});

describe('windows that run from service', () => {
  it('start the review window on the served-on date of the issued opinion, else on the opinion’s own date', () => {
    const windowOf = (events: PetitionEvent[]) => petitionClocks(foldPetition(events) as ExistingPetition).find((clock) => clock.kind === 'review_window');
    expect(windowOf(OPINION_SERVED)!.startedOn).toBe('2027-02-01');
    expect(windowOf([...OPINION_SERVED, opinionIssued, proofAdded])!.startedOn).toBe('2027-02-01');
    expect(windowOf([...OPINION_SERVED, opinionIssued, proofAdded, opinionServed])!.startedOn).toBe('2027-02-08');
  });

  it('let a review be requested within 30 days of service, though more than 30 after the opinion’s date', () => {
    const request = command<RequestReview>('RequestReview', { requestedBy: '张建国', reasons: '不服', requestedOn: '2027-03-05' });
    given(petitionDecider, [...CLOSED, opinionIssued, proofAdded, opinionServed]).when(request).then([{ type: 'ReviewRequested', data: { requestedOn: '2027-03-05', requestedBy: '张建国', reasons: '不服' } }]);
    expect(violationsOf([...CLOSED, opinionIssued, proofAdded], request)).toEqual([
      { field: 'requestedOn', message: expect.stringContaining('the 30 days to contest the handling opinion served on 2027-02-01 ended on') },
    ]);
  });

  it('start the final-review window from the service of the issued review opinion', () => {
    const reviewIssued: DocumentIssued = { type: 'DocumentIssued', data: { ...opinionIssued.data, kind: 'review-opinion', number: { label: '信复查字〔2027〕1号', year: 2027, seq: 1 }, issuedOn: '2027-03-16' } };
    const served: DocumentServed = { type: 'DocumentServed', data: { ...opinionServed.data, number: '信复查字〔2027〕1号', servedOn: '2027-03-20' } };
    const clock = petitionClocks(foldPetition([...REVIEWED, proofAdded, reviewIssued, served]) as ExistingPetition).find((candidate) => candidate.kind === 'final_review_window');
    expect(clock?.startedOn).toBe('2027-03-20');
  });
});
