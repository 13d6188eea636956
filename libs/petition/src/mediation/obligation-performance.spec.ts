import type { RecordMediationAgreement, RecordObligationPerformance } from './mediation.commands.js';
import type { MediationAgreed, ObligationBreached, ObligationPerformed } from './mediation.events.js';
import { AlreadyRecordedError, CaseRecordNotFoundError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import { given } from '../testing/given.js';
import { IN_HANDLING, closedAsServed, command, mediationAgreed, mediationStarted, opinionIssued, violationsOf } from '../testing/handling.fixtures.js';

const agreedWithIds: MediationAgreed = {
  ...mediationAgreed,
  data: {
    ...mediationAgreed.data,
    obligations: [
      { obligationId: 'O1', party: '射阳县住房和城乡建设局', obligation: '支付第一期补偿款', dueOn: '2027-01-31' },
      { obligationId: 'O2', party: '张建国', obligation: '撤回行政诉讼', dueOn: '2027-01-15' },
    ],
  },
};
/** Agreed in handling, then the opinion served and the case closed: obligations fall due after handling. */
const AGREED_THEN_CLOSED: PetitionEvent[] = [...IN_HANDLING, mediationStarted, agreedWithIds, opinionIssued(), closedAsServed];

const performed: ObligationPerformed = { type: 'ObligationPerformed', data: { obligationId: 'O1', performedOn: '2027-02-05', note: '逾期5日支付' } };
const breached: ObligationBreached = { type: 'ObligationBreached', data: { obligationId: 'O2', breachedOn: '2027-01-16' } };

const record = (data: Partial<RecordObligationPerformance['data']>) =>
  command<RecordObligationPerformance>('RecordObligationPerformance', { obligationId: 'O1', outcome: 'performed', ...data });

describe('RecordObligationPerformance', () => {
  it('records an obligation performed, late or not, after handling is over', () => {
    given(petitionDecider, AGREED_THEN_CLOSED).when(record({ performedOn: '2027-02-05', note: '逾期5日支付' })).then([performed]);
    expect(foldPetition([...AGREED_THEN_CLOSED, performed])).toMatchObject({
      status: 'closed',
      mediations: [{ status: 'agreed', outcomes: [{ obligationId: 'O1', outcome: 'performed', outcomeOn: '2027-02-05', note: '逾期5日支付' }] }],
    });
  });

  it('records a breach found once the due date has passed, not before', () => {
    given(petitionDecider, AGREED_THEN_CLOSED).when(record({ obligationId: 'O2', outcome: 'breached', breachedOn: '2027-01-16' })).then([breached]);
    expect(violationsOf(AGREED_THEN_CLOSED, record({ obligationId: 'O2', outcome: 'breached', breachedOn: '2027-01-15' }))).toEqual([
      { field: 'breachedOn', message: 'must be after the due date 2027-01-15: an obligation is breached only once its day has passed' },
    ]);
  });

  it('offers the step while an obligation is unsettled', () => {
    expect(allowedNextSteps(foldPetition(AGREED_THEN_CLOSED))).toContain('record_obligation_performance');
    expect(allowedNextSteps(foldPetition([...AGREED_THEN_CLOSED, performed, breached]))).not.toContain('record_obligation_performance');
  });

  it('is recorded once (409)', () => {
    given(petitionDecider, [...AGREED_THEN_CLOSED, performed])
      .when(record({ outcome: 'breached', breachedOn: '2027-02-06' }))
      .thenThrows(AlreadyRecordedError, { step: 'record_obligation_performance', recordedOn: '2027-02-05' });
  });

  it('names an obligation of the agreement, a date of its own outcome, not before the agreement', () => {
    given(petitionDecider, AGREED_THEN_CLOSED).when(record({ obligationId: 'O9' })).thenThrows(CaseRecordNotFoundError, { field: 'obligationId', id: 'O9' });
    expect(violationsOf(AGREED_THEN_CLOSED, record({ performedOn: '2026-12-27', breachedOn: '2027-02-01' }))).toEqual([
      { field: 'breachedOn', message: 'only when the obligation was breached' },
      { field: 'performedOn', message: 'must not precede the mediation agreement on 2026-12-28' },
    ]);
  });

  it('keeps the ids an agreement gives its obligations, refusing one given twice', () => {
    const { agreedOn, terms, obligations } = agreedWithIds.data;
    const agree = (listed: typeof obligations) => command<RecordMediationAgreement>('RecordMediationAgreement', { agreedOn, terms, obligations: listed });
    given(petitionDecider, [...IN_HANDLING, mediationStarted]).when(agree(obligations)).then([agreedWithIds]);
    expect(violationsOf([...IN_HANDLING, mediationStarted], agree([obligations[0]!, { ...obligations[1]!, obligationId: 'O1' }]))).toEqual([
      { field: 'obligations[1].obligationId', message: 'names an obligation already in the agreement' },
    ]);
  });
});
