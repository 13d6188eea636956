import type { ScheduleHearing } from './hearing.commands.js';
import type { PanelMember } from './hearing.types.js';
import { TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { given } from '../testing/given.js';
import { ATTENDEES, CONCLUDED, IN_HANDLING, accepted, command, registered, violationsOf } from '../testing/handling.fixtures.js';
import { DECLARED_PANEL, ENROLLED_CONCLUDED, enrolled, programmeHearingScheduled } from '../testing/programme.fixtures.js';

function schedule(data: Partial<ScheduleHearing['data']> = {}): ScheduleHearing {
  const { hearingId, scheduledOn, hearingDate, venue } = programmeHearingScheduled().data;
  return command<ScheduleHearing>('ScheduleHearing', { hearingId, scheduledOn, hearingDate, venue, panel: DECLARED_PANEL, attendees: ATTENDEES, ...data });
}

const [chair, judge, lawyer, deputy] = DECLARED_PANEL as [PanelMember, PanelMember, PanelMember, PanelMember];

describe('a hearing of the programme', () => {
  it('sits on a concluded case once it is enrolled, which stays concluded', () => {
    given(petitionDecider, ENROLLED_CONCLUDED).when(schedule()).then([programmeHearingScheduled()]);
    expect(foldPetition([...ENROLLED_CONCLUDED, programmeHearingScheduled()])).toMatchObject({
      status: 'concluded',
      hearings: [{ hearingId: 'H1', stage: 'concluded', status: 'scheduled', programmeId: 'P1' }],
    });
  });

  it('is refused (409) on a concluded case not enrolled, as before', () => {
    given(petitionDecider, CONCLUDED).when(schedule()).thenThrows(TransitionRefusedError, { stage: 'concluded', step: 'schedule_hearing', allowedNext: [] });
  });

  it('sits on a registered case, and the case keeps it once accepted', () => {
    const history: PetitionEvent[] = [registered, enrolled({ enrolledOn: '2026-11-21' }), programmeHearingScheduled({ scheduledOn: '2026-11-22', hearingDate: '2026-11-24' })];
    expect(foldPetition(history)).toMatchObject({ status: 'registered', hearings: [{ stage: 'registered', programmeId: 'P1' }] });
    expect(foldPetition([...history, accepted])).toMatchObject({ status: 'accepted', hearings: [{ hearingId: 'H1', stage: 'registered' }], mediations: [] });
  });

  it('is scheduled no earlier than the enrolment', () => {
    expect(violationsOf(ENROLLED_CONCLUDED, schedule({ scheduledOn: '2027-05-05' }))).toEqual([
      { field: 'scheduledOn', message: 'must not precede the enrolment in the programme on 2027-05-06' },
    ]);
  });

  describe('recusal of every member (条例 Art. 28)', () => {
    it('asks each member to declare whether they have a direct interest', () => {
      const undeclared: PanelMember = { memberId: 'judge-2', name: '吴法官', role: 'judge' };
      expect(violationsOf(ENROLLED_CONCLUDED, schedule({ panel: [chair, judge, lawyer, undeclared] }))).toEqual([
        { field: 'panel[3].noDirectInterest', message: '吴法官 (judge-2) must declare whether they have a direct interest in the matter (recusal, 条例 Art. 28)' },
      ]);
    });

    it('refuses the handler in any seat, a member who declares an interest and one involved in the underlying matter, naming each', () => {
      const handler: PanelMember = { memberId: 'clerk-7', name: '王芳', role: 'deputy', noDirectInterest: true };
      const interested: PanelMember = { ...lawyer, noDirectInterest: false };
      const trialJudge: PanelMember = { ...judge, priorInvolvement: '一审承办法官' };
      expect(violationsOf(ENROLLED_CONCLUDED, schedule({ panel: [chair, trialJudge, interested, handler] }))).toEqual([
        { field: 'panel[1].priorInvolvement', message: '李法官 (judge-1) was involved in the underlying matter (一审承办法官) and may not sit (recusal, 条例 Art. 28)' },
        { field: 'panel[2].noDirectInterest', message: '赵律师 (lawyer-1) declares a direct interest in the matter and may not sit (recusal, 条例 Art. 28)' },
        { field: 'panel[3].memberId', message: "王芳 (clerk-7) is the case's handler and may not sit on its panel (recusal, 条例 Art. 28 ¶3)" },
      ]);
    });

    it('applies the declarations a clerk gives on any hearing, and keeps them on the panel', () => {
      const interested: PanelMember = { ...deputy, noDirectInterest: false };
      expect(violationsOf(IN_HANDLING, schedule({ scheduledOn: '2026-12-01', hearingDate: '2026-12-10', panel: [chair, judge, lawyer, interested] }))).toHaveLength(1);
      given(petitionDecider, IN_HANDLING)
        .when(schedule({ scheduledOn: '2026-12-01', hearingDate: '2026-12-10', panel: [chair, judge, { ...lawyer, noDirectInterest: true }] }))
        .then([programmeHearingScheduled({ scheduledOn: '2026-12-01', hearingDate: '2026-12-10', panel: [chair, judge, { ...lawyer, noDirectInterest: true }] })]);
    });
  });
});
