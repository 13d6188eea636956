import type { ConcludeHearing } from './hearing.commands.js';
import { NotPermittedError, ProceedingStateError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import type { Actor } from '../core/petition.types.js';
import { given } from '../testing/given.js';
import { ALL_OPINIONS, IN_HANDLING, command, hearingConcluded, hearingScheduled, opinionRecorded, panelist, violationsOf } from '../testing/handling.fixtures.js';
import { CLERK } from '../testing/petition.fixtures.js';

const SCHEDULED: PetitionEvent[] = [...IN_HANDLING, hearingScheduled()];
const HEARD: PetitionEvent[] = [...SCHEDULED, ...ALL_OPINIONS];
const chair = panelist('chair-1');

function conclude(data: Partial<ConcludeHearing['data']> = {}, actor: Actor = chair, now?: Date): ConcludeHearing {
  const { hearingId, concludedOn, conclusion, findings, resolutionPlan, resolveBy } = hearingConcluded().data;
  return command<ConcludeHearing>('ConcludeHearing', { hearingId, concludedOn, conclusion, findings, resolutionPlan, resolveBy, ...data }, { actor, ...(now && { now }) });
}

describe('ConcludeHearing', () => {
  it("records the chair's conclusion once every member has given an opinion", () => {
    given(petitionDecider, HEARD).when(conclude()).then([hearingConcluded()]);
  });

  it('shows the hearing concluded, with every opinion and the conclusion', () => {
    const { hearingId: _hearingId, ...conclusion } = hearingConcluded().data;
    expect(foldPetition([...HEARD, hearingConcluded()])).toMatchObject({
      hearings: [{ hearingId: 'H1', status: 'concluded', opinions: ALL_OPINIONS.map(({ data: { hearingId: _id, ...opinion } }) => opinion), conclusion }],
    });
  });

  it('dates the conclusion today by default', () => {
    given(petitionDecider, HEARD)
      .when(conclude({ concludedOn: undefined }, chair, new Date('2026-12-10T09:00:00Z')))
      .then([hearingConcluded({ concludedOn: '2026-12-10' })]);
  });

  it('owes no opinion from the members the chair lists as absent', () => {
    given(petitionDecider, [...SCHEDULED, opinionRecorded('chair-1'), opinionRecorded('judge-1'), opinionRecorded('lawyer-1')])
      .when(conclude({ absentMemberIds: ['deputy-1'] }))
      .then([hearingConcluded({ absentMemberIds: ['deputy-1'] })]);
  });

  it('is refused before every member present has given an opinion', () => {
    expect(violationsOf([...SCHEDULED, opinionRecorded('chair-1'), opinionRecorded('judge-1')], conclude())).toEqual([
      { field: 'opinions', message: 'awaiting the opinions of 赵律师 (lawyer-1), 孙代表 (deputy-1); record them, or list those members as absent' },
    ]);
  });

  it('lists as absent only members who gave no opinion, never the chair', () => {
    expect(violationsOf(HEARD, conclude({ absentMemberIds: ['judge-1', 'chair-1', 'stranger'] }))).toEqual([
      { field: 'absentMemberIds[0]', message: '李法官 gave an opinion on 2026-12-10, so was present' },
      { field: 'absentMemberIds[1]', message: 'the chair concludes the hearing, so was present' },
      { field: 'absentMemberIds[2]', message: 'stranger is not on the panel of hearing H1' },
    ]);
  });

  describe('is refused (403) to', () => {
    it.each([
      ['a panel member who is not the chair', panelist('judge-1')],
      ['a clerk', CLERK],
    ])('%s', (_who, actor) => {
      given(petitionDecider, HEARD)
        .when(conclude({}, actor))
        .thenThrows(NotPermittedError, { actorId: actor.id, reason: 'only the chair of hearing H1, 陈国华, records its conclusion' });
    });
  });

  it.each([
    ['concluded', [hearingConcluded()]],
    ['adjourned', [{ type: 'HearingAdjourned', data: { hearingId: 'H1', adjournedOn: '2026-12-10', reason: '休庭评议' } }]],
  ] as [string, PetitionEvent[]][])('is refused (409) when the hearing is %s', (status, events) => {
    given(petitionDecider, [...HEARD, ...events]).when(conclude({ concludedOn: '2026-12-12' })).thenThrows(ProceedingStateError, { status, hearingId: 'H1' });
  });

  describe('dates', () => {
    it('may not precede the hearing day, nor an opinion', () => {
      expect(violationsOf(SCHEDULED, conclude({ concludedOn: '2026-12-09', absentMemberIds: ['judge-1', 'lawyer-1', 'deputy-1'] }))).toContainEqual({
        field: 'concludedOn',
        message: 'must not precede the hearing on 2026-12-10',
      });
      const lateOpinion = [opinionRecorded('chair-1'), opinionRecorded('judge-1', { givenOn: '2026-12-12' }), opinionRecorded('lawyer-1'), opinionRecorded('deputy-1')];
      expect(violationsOf([...SCHEDULED, ...lateOpinion], conclude())).toEqual([
        { field: 'concludedOn', message: 'must not precede the panel opinion on 2026-12-12' },
      ]);
    });

    it('needs a resolve-by date after the conclusion', () => {
      expect(violationsOf(HEARD, conclude({ resolveBy: '2026-12-11' }))).toEqual([{ field: 'resolveBy', message: 'must be after the conclusion on 2026-12-11' }]);
      expect(violationsOf(HEARD, conclude({ resolveBy: 'soon' }))).toEqual([{ field: 'resolveBy', message: 'must be a real date written YYYY-MM-DD' }]);
    });
  });

  it('needs a known conclusion, findings and a resolution plan', () => {
    expect(violationsOf(HEARD, conclude({ conclusion: 'undecided' as never, findings: ' ', resolutionPlan: '' }))).toEqual([
      { field: 'conclusion', message: 'must be one of supports, partially_supports, does_not_support' },
      { field: 'findings', message: 'must not be blank' },
      { field: 'resolutionPlan', message: 'must not be blank' },
    ]);
  });
});
