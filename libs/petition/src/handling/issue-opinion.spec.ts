import type { IssueOpinion } from './handling.commands.js';
import { ProceedingStateError, TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import { given } from '../testing/given.js';
import { ALL_OPINIONS, IN_HANDLING, OPINION_SERVED, command, hearingConcluded, hearingScheduled, mediationStarted, opinionIssued, violationsOf } from '../testing/handling.fixtures.js';
import { registered } from '../testing/handling.fixtures.js';

const { servedOn, outcome, request, facts, reasons, legalBasis } = opinionIssued().data;
const issue = (data: Partial<IssueOpinion['data']> = {}, now?: Date) =>
  command<IssueOpinion>('IssueOpinion', { servedOn, outcome, request, facts, reasons, legalBasis, ...data }, now ? { now } : {});

describe('IssueOpinion (处理意见书, Art. 32)', () => {
  it('serves the handling opinion of an accepted case', () => {
    given(petitionDecider, IN_HANDLING).when(issue()).then([opinionIssued()]);
  });

  it('moves the case to opinion_served, where it is closed or reviewed', () => {
    const state = foldPetition(OPINION_SERVED);
    expect(state).toMatchObject({ status: 'opinion_served', opinion: opinionIssued().data, acceptance: { handlingUnit: '射阳县住房和城乡建设局' } });
    expect(allowedNextSteps(state)).toEqual(['close', 'request_review', 'reclassify', 'change_claim_type']);
  });

  it('dates the service today by default, late or not', () => {
    given(petitionDecider, IN_HANDLING)
      .when(issue({ servedOn: undefined, outcome: 'not_supported' }, new Date('2027-05-04T02:00:00Z')))
      .then([opinionIssued({ servedOn: '2027-05-04', outcome: 'not_supported' })]);
  });

  it.each([
    ['registered', [registered]],
    ['not_accepted', [registered, { type: 'PetitionNotAccepted', data: { decidedAt: '2026-11-25', reason: '不属于信访事项' } }]],
    ['opinion_served', OPINION_SERVED],
  ] as [string, PetitionEvent[]][])('is refused (409) in stage %s', (stage, history) => {
    given(petitionDecider, history).when(issue()).thenThrows(TransitionRefusedError, { stage, step: 'issue_opinion', command: 'IssueOpinion' });
  });

  it('waits (409) for an open hearing to end', () => {
    given(petitionDecider, [...IN_HANDLING, hearingScheduled()])
      .when(issue())
      .thenThrows(ProceedingStateError, { proceeding: 'hearing', status: 'scheduled', message: 'Hearing H1 is still scheduled; conclude or cancel it before the handling opinion' });
  });

  it('waits (409) for a running mediation to end', () => {
    given(petitionDecider, [...IN_HANDLING, mediationStarted]).when(issue()).thenThrows(ProceedingStateError, { proceeding: 'mediation', status: 'active' });
  });

  it('may not precede the latest step of handling', () => {
    const heard = [...IN_HANDLING, hearingScheduled(), ...ALL_OPINIONS, hearingConcluded()];
    expect(violationsOf(heard, issue({ servedOn: '2026-12-10' }))).toEqual([{ field: 'servedOn', message: 'must not precede the conclusion of a hearing on 2026-12-11' }]);
  });

  it('needs a known outcome, the request, facts, reasons and legal basis', () => {
    expect(violationsOf(IN_HANDLING, issue({ outcome: 'partly' as never, request: '', facts: ' ', reasons: '', legalBasis: '' }))).toEqual([
      { field: 'outcome', message: 'must be one of supported, explained, not_supported' },
      { field: 'request', message: 'must not be blank' },
      { field: 'facts', message: 'must not be blank' },
      { field: 'reasons', message: 'must not be blank' },
      { field: 'legalBasis', message: 'must not be blank' },
    ]);
  });
});
