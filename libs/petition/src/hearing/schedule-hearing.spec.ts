import type { ScheduleHearing } from './hearing.commands.js';
import type { PanelMember } from './hearing.types.js';
import { ProceedingStateError, TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { given } from '../testing/given.js';
import { ATTENDEES, CLOSED, CONCLUDED, IN_HANDLING, OPINION_SERVED, PANEL, UNDER_FINAL_REVIEW, UNDER_REVIEW, accepted, command, hearingConcluded, hearingScheduled, violationsOf } from '../testing/handling.fixtures.js';
import { registered } from '../testing/handling.fixtures.js';

function scheduleHearing(data: Partial<ScheduleHearing['data']> = {}, now?: Date): ScheduleHearing {
  return command<ScheduleHearing>(
    'ScheduleHearing',
    { hearingId: 'H1', scheduledOn: '2026-12-01', hearingDate: '2026-12-10', venue: '射阳县信访局模拟法庭', panel: PANEL, attendees: ATTENDEES, ...data },
    now ? { now } : {},
  );
}

const [chair, judge, lawyer, deputy] = PANEL as [PanelMember, PanelMember, PanelMember, PanelMember];
const mediator: PanelMember = { memberId: 'mediator-1', name: '周调解员', role: 'mediator' };

describe('ScheduleHearing', () => {
  it('schedules a mock-court hearing with its panel and attendees', () => {
    given(petitionDecider, IN_HANDLING).when(scheduleHearing()).then([hearingScheduled()]);
  });

  it('dates the scheduling today and lets the hearing day lie ahead', () => {
    given(petitionDecider, IN_HANDLING)
      .when(scheduleHearing({ scheduledOn: undefined }, new Date('2026-12-01T02:00:00Z')))
      .then([hearingScheduled()]);
  });

  it('shows the hearing on the case, open, in the stage it was scheduled in', () => {
    expect(foldPetition([...IN_HANDLING, hearingScheduled()])).toMatchObject({
      status: 'accepted',
      hearings: [{ hearingId: 'H1', stage: 'accepted', status: 'scheduled', scheduledOn: '2026-12-01', hearingDate: '2026-12-10', panel: PANEL, opinions: [], adjournments: [] }],
    });
  });

  it('records only the known fields of each member and of the attendees', () => {
    const smuggled = { ...chair, role: 'chair', isAdmin: true } as PanelMember;
    const attendees = { petitioner: false, responsibleUnit: '射阳县住房和城乡建设局', extra: 1 } as typeof ATTENDEES;
    given(petitionDecider, IN_HANDLING)
      .when(scheduleHearing({ panel: [smuggled, judge, lawyer, deputy], attendees }))
      .then([hearingScheduled({ attendees: { petitioner: false, responsibleUnit: '射阳县住房和城乡建设局' } })]);
  });

  describe('the panel', () => {
    it('may seat a mediator in place of a lawyer, and needs no deputy', () => {
      given(petitionDecider, IN_HANDLING).when(scheduleHearing({ panel: [chair, judge, mediator] })).then([hearingScheduled({ panel: [chair, judge, mediator] })]);
    });

    it('has exactly one chair, a judge, and a lawyer or mediator', () => {
      expect(violationsOf(IN_HANDLING, scheduleHearing({ panel: [deputy] }))).toEqual([
        { field: 'panel', message: 'must have exactly one chair, got 0' },
        { field: 'panel', message: 'must have at least one judge' },
        { field: 'panel', message: 'must have at least one lawyer or mediator' },
      ]);
      const secondChair: PanelMember = { memberId: 'chair-2', name: '吴主任', role: 'chair' };
      expect(violationsOf(IN_HANDLING, scheduleHearing({ panel: [chair, secondChair, judge, lawyer] }))).toEqual([
        { field: 'panel', message: 'must have exactly one chair, got 2' },
      ]);
    });

    it('seats nobody twice', () => {
      expect(violationsOf(IN_HANDLING, scheduleHearing({ panel: [chair, judge, lawyer, { ...judge, role: 'deputy' }] }))).toEqual([
        { field: 'panel[3].memberId', message: 'names a member already on the panel' },
      ]);
    });

    it("refuses the case's handler as chair (recusal, Art. 28 ¶3)", () => {
      const handlerAsChair: PanelMember = { memberId: 'clerk-7', name: '王芳', role: 'chair' };
      expect(violationsOf(IN_HANDLING, scheduleHearing({ panel: [handlerAsChair, judge, lawyer] }))).toEqual([
        { field: 'panel[0].memberId', message: "the case's handler may not chair its hearing (recusal, 条例 Art. 28 ¶3)" },
      ]);
    });

    it('judges recusal by the handler named at acceptance, not by who accepted', () => {
      const handledByAnother: PetitionEvent = { ...accepted, data: { ...accepted.data, handlerId: 'clerk-9' } };
      const clerk7AsChair: PanelMember = { memberId: 'clerk-7', name: '王芳', role: 'chair' };
      given(petitionDecider, [registered, handledByAnother]).when(scheduleHearing({ panel: [clerk7AsChair, judge, lawyer] })).then([hearingScheduled({ panel: [clerk7AsChair, judge, lawyer] })]);
      expect(violationsOf([registered, handledByAnother], scheduleHearing({ panel: [{ ...clerk7AsChair, memberId: 'clerk-9' }, judge, lawyer] }))).toHaveLength(1);
    });

    it('names each member by id, name and a known role', () => {
      expect(violationsOf(IN_HANDLING, scheduleHearing({ panel: [chair, judge, lawyer, { memberId: ' ', name: '', role: 'clerk' as never }] }))).toEqual([
        { field: 'panel[3].memberId', message: 'must not be blank' },
        { field: 'panel[3].name', message: 'must not be blank' },
        { field: 'panel[3].role', message: 'must be one of chair, judge, lawyer, mediator, deputy' },
      ]);
      expect(violationsOf(IN_HANDLING, scheduleHearing({ panel: [] }))).toContainEqual({ field: 'panel', message: 'must name at least 1 members' });
    });
  });

  it('needs a venue, the responsible unit, and whether the petitioner attends', () => {
    expect(violationsOf(IN_HANDLING, scheduleHearing({ venue: '', attendees: { petitioner: 'yes' as never, petitionerLawyer: ' ', responsibleUnit: '' } }))).toEqual([
      { field: 'venue', message: 'must not be blank' },
      { field: 'attendees.petitioner', message: 'must be true or false' },
      { field: 'attendees.petitionerLawyer', message: 'must not be blank' },
      { field: 'attendees.responsibleUnit', message: 'must not be blank' },
    ]);
  });

  describe('dates', () => {
    it('may not schedule before the acceptance, nor hold the hearing before it was scheduled', () => {
      expect(violationsOf(IN_HANDLING, scheduleHearing({ scheduledOn: '2026-11-24', hearingDate: '2026-11-23' }))).toEqual([
        { field: 'scheduledOn', message: 'must not precede the acceptance on 2026-11-25' },
        { field: 'hearingDate', message: 'must not precede the day the hearing is scheduled, 2026-11-24' },
      ]);
    });

    it('may not schedule in the future', () => {
      expect(violationsOf(IN_HANDLING, scheduleHearing({}, new Date('2026-11-30T02:00:00Z')))).toEqual([
        { field: 'scheduledOn', message: 'must not be in the future (today in Shanghai is 2026-11-30)' },
      ]);
    });

    it('needs a real hearing date', () => {
      expect(violationsOf(IN_HANDLING, scheduleHearing({ hearingDate: '2026-12-32' }))).toEqual([{ field: 'hearingDate', message: 'must be a real date written YYYY-MM-DD' }]);
    });
  });

  describe('one open hearing at a time', () => {
    it.each([
      ['scheduled', [hearingScheduled()]],
      ['adjourned', [hearingScheduled(), { type: 'HearingAdjourned', data: { hearingId: 'H1', adjournedOn: '2026-12-10', reason: '申请人患病' } }]],
    ] as [string, PetitionEvent[]][])('refuses a second while the first is %s', (status, events) => {
      given(petitionDecider, [...IN_HANDLING, ...events])
        .when(scheduleHearing({ hearingId: 'H2', scheduledOn: '2026-12-20', hearingDate: '2026-12-28' }))
        .thenThrows(ProceedingStateError, { proceeding: 'hearing', status, hearingId: 'H1', message: `Hearing H1 is still ${status}; conclude or cancel it before scheduling another` });
    });

    it.each([
      ['concluded', hearingConcluded()],
      ['cancelled', { type: 'HearingCancelled', data: { hearingId: 'H1', cancelledOn: '2026-12-05', reason: '申请人撤回听证申请' } }],
    ] as [string, PetitionEvent][])('schedules another once the first is %s', (_status, ended) => {
      given(petitionDecider, [...IN_HANDLING, hearingScheduled(), ended])
        .when(scheduleHearing({ hearingId: 'H2', scheduledOn: '2026-12-20', hearingDate: '2026-12-28' }))
        .then([hearingScheduled({ hearingId: 'H2', scheduledOn: '2026-12-20', hearingDate: '2026-12-28' })]);
    });

    it('refuses an id the case already uses', () => {
      expect(violationsOf([...IN_HANDLING, hearingScheduled(), hearingConcluded()], scheduleHearing({ scheduledOn: '2026-12-20', hearingDate: '2026-12-28' }))).toEqual([
        { field: 'hearingId', message: 'is already the id of a hearing of this case' },
      ]);
    });
  });

  describe('stages', () => {
    it.each([
      ['under_review', UNDER_REVIEW, '2027-02-20'],
      ['under_final_review', UNDER_FINAL_REVIEW, '2027-04-01'],
    ] as const)('may be held %s, scheduled no earlier than the request', (stage, history, requestedOn) => {
      given(petitionDecider, [...history])
        .when(scheduleHearing({ scheduledOn: requestedOn, hearingDate: '2027-04-20' }))
        .then([hearingScheduled({ scheduledOn: requestedOn, hearingDate: '2027-04-20' })]);
      expect(foldPetition([...history, hearingScheduled({ scheduledOn: requestedOn })])).toMatchObject({ status: stage, hearings: [{ stage }] });
      expect(violationsOf([...history], scheduleHearing({ scheduledOn: '2027-02-19', hearingDate: '2027-04-20' }))[0]?.field).toBe('scheduledOn');
    });

    it.each([
      ['registered', [registered]],
      ['opinion_served', OPINION_SERVED],
      ['closed', CLOSED],
      ['concluded', CONCLUDED],
    ] as const)('is refused in stage %s', (stage, history) => {
      given(petitionDecider, [...history]).when(scheduleHearing()).thenThrows(TransitionRefusedError, { stage, step: 'schedule_hearing', command: 'ScheduleHearing' });
    });
  });
});
