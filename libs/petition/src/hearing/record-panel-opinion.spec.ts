import type { RecordPanelOpinion } from './hearing.commands.js';
import { AlreadyRecordedError, CaseRecordNotFoundError, NotPermittedError, ProceedingStateError, TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import type { Actor } from '../core/petition.types.js';
import { given } from '../testing/given.js';
import { IN_HANDLING, OPINION_SERVED, command, hearingConcluded, hearingScheduled, opinionRecorded, panelist, violationsOf } from '../testing/handling.fixtures.js';
import { CLERK } from '../testing/petition.fixtures.js';

/** Hearing H1 sits on 2026-12-10. */
const SCHEDULED: PetitionEvent[] = [...IN_HANDLING, hearingScheduled()];
const judge = panelist('judge-1');

function recordOpinion(data: Partial<RecordPanelOpinion['data']> = {}, actor: Actor = judge, now?: Date): RecordPanelOpinion {
  return command<RecordPanelOpinion>(
    'RecordPanelOpinion',
    { hearingId: 'H1', memberId: actor.id, opinion: 'partially_supports', reasoning: '补偿标准有据，利息主张无据', givenOn: '2026-12-10', ...data },
    { actor, ...(now && { now }) },
  );
}

describe('RecordPanelOpinion', () => {
  it("records a member's own opinion on the hearing day", () => {
    given(petitionDecider, SCHEDULED).when(recordOpinion()).then([opinionRecorded('judge-1')]);
    expect(foldPetition([...SCHEDULED, opinionRecorded('judge-1')])).toMatchObject({
      hearings: [{ opinions: [{ memberId: 'judge-1', opinion: 'partially_supports', reasoning: '补偿标准有据，利息主张无据', givenOn: '2026-12-10' }] }],
    });
  });

  it('dates the opinion today by default', () => {
    given(petitionDecider, SCHEDULED)
      .when(recordOpinion({ givenOn: undefined, opinion: 'supports' }, judge, new Date('2026-12-11T02:00:00Z')))
      .then([opinionRecorded('judge-1', { opinion: 'supports', givenOn: '2026-12-11' })]);
  });

  describe('is refused (403) to', () => {
    it.each([
      ['a clerk', CLERK],
      ['a panel member of another case', { id: 'judge-9', name: '郑法官', role: 'panel' } as Actor],
    ])('%s, who does not sit on the hearing', (_who, actor) => {
      given(petitionDecider, SCHEDULED)
        .when(recordOpinion({}, actor))
        .thenThrows(NotPermittedError, { actorId: actor.id, reason: 'not a member of the panel of hearing H1', command: 'RecordPanelOpinion' });
    });

    it('a member recording another member’s opinion', () => {
      given(petitionDecider, SCHEDULED)
        .when(recordOpinion({ memberId: 'lawyer-1' }))
        .thenThrows(NotPermittedError, { actorId: 'judge-1', reason: 'a panel member records only their own opinion' });
    });

    it('a non-member even when the hearing has ended', () => {
      given(petitionDecider, [...SCHEDULED, hearingConcluded({ absentMemberIds: ['judge-1', 'lawyer-1', 'deputy-1'] })])
        .when(recordOpinion({}, CLERK))
        .thenThrows(NotPermittedError);
    });
  });

  it('is refused (409) a second time', () => {
    const error = given(petitionDecider, [...SCHEDULED, opinionRecorded('judge-1')])
      .when(recordOpinion({ opinion: 'supports', givenOn: '2026-12-11' }))
      .thenThrows(AlreadyRecordedError, { step: 'record_panel_opinion', recordedOn: '2026-12-10' });
    expect(error.message).toBe('The opinion of 李法官 on hearing H1 was already recorded, on 2026-12-10; it is recorded only once');
  });

  it('may not precede the hearing day', () => {
    expect(violationsOf(SCHEDULED, recordOpinion({ givenOn: '2026-12-09' }))).toEqual([{ field: 'givenOn', message: 'must not precede the hearing on 2026-12-10' }]);
  });

  it('needs a known opinion and its reasoning', () => {
    expect(violationsOf(SCHEDULED, recordOpinion({ opinion: 'abstains' as never, reasoning: '' }))).toEqual([
      { field: 'opinion', message: 'must be one of supports, partially_supports, does_not_support' },
      { field: 'reasoning', message: 'must not be blank' },
    ]);
  });

  it('names a hearing of the case', () => {
    given(petitionDecider, SCHEDULED).when(recordOpinion({ hearingId: 'H2' })).thenThrows(CaseRecordNotFoundError, { field: 'hearingId', id: 'H2' });
  });

  describe('on a hearing not sitting', () => {
    const adjourned: PetitionEvent = { type: 'HearingAdjourned', data: { hearingId: 'H1', adjournedOn: '2026-12-10', reason: '申请人患病' } };

    it.each([
      ['adjourned', [adjourned]],
      ['concluded', [hearingConcluded({ absentMemberIds: ['judge-1', 'lawyer-1', 'deputy-1'] })]],
      ['cancelled', [{ type: 'HearingCancelled', data: { hearingId: 'H1', cancelledOn: '2026-12-05', reason: '撤回' } }]],
    ] as [string, PetitionEvent[]][])('is refused (409) when it is %s', (status, events) => {
      given(petitionDecider, [...SCHEDULED, ...events])
        .when(recordOpinion({ givenOn: '2026-12-12' }))
        .thenThrows(ProceedingStateError, { proceeding: 'hearing', status, message: `Hearing H1 is ${status}; it can take opinions only when scheduled` });
    });

    it('is taken again once an adjourned hearing is rescheduled, from its new day', () => {
      const resumed: PetitionEvent[] = [
        ...SCHEDULED,
        adjourned,
        { type: 'HearingRescheduled', data: { hearingId: 'H1', rescheduledOn: '2026-12-14', hearingDate: '2026-12-21', venue: '射阳县信访局模拟法庭' } },
      ];
      given(petitionDecider, resumed).when(recordOpinion({ givenOn: '2026-12-21' })).then([opinionRecorded('judge-1', { givenOn: '2026-12-21' })]);
      expect(violationsOf(resumed, recordOpinion({ givenOn: '2026-12-20' }))).toEqual([{ field: 'givenOn', message: 'must not precede the hearing on 2026-12-21' }]);
    });
  });

  it('is refused once handling is over', () => {
    given(petitionDecider, OPINION_SERVED).when(recordOpinion()).thenThrows(TransitionRefusedError, { stage: 'opinion_served', step: 'record_panel_opinion' });
  });
});
