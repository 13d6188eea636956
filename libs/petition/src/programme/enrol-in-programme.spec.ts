import { petitionClocks } from '../core/case-clocks.js';
import { ProceedingStateError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import { given } from '../testing/given.js';
import { CLOSED, CONCLUDED, command, registered, violationsOf } from '../testing/handling.fixtures.js';
import { ENROLLED_CONCLUDED, PROGRAMME, enrolled } from '../testing/programme.fixtures.js';
import type { EnrolInProgramme } from './programme.commands.js';
import type { ProgrammeCaseSignedOff } from './programme.events.js';

function enrol(data: Partial<EnrolInProgramme['data']> = {}): EnrolInProgramme {
  const { enrolledOn, track, reason, owningLeader, owningLeaderId, targetDate } = enrolled().data;
  return command<EnrolInProgramme>('EnrolInProgramme', { programme: PROGRAMME, enrolledOn, track, reason, owningLeader, owningLeaderId, targetDate, ...data });
}

const signedOff: ProgrammeCaseSignedOff = { type: 'ProgrammeCaseSignedOff', data: { signedOffOn: '2027-05-20' } };

describe('EnrolInProgramme', () => {
  it('enrols a concluded case under the category it has, asking no new facts', () => {
    given(petitionDecider, CONCLUDED).when(enrol()).then([enrolled()]);
  });

  it('leaves the lifecycle and its statutory clocks as they were', () => {
    const before = foldPetition(CONCLUDED) as ExistingPetition;
    const after = foldPetition(ENROLLED_CONCLUDED) as ExistingPetition;
    expect(after.status).toBe('concluded');
    expect(petitionClocks(after)).toEqual(petitionClocks(before));
    expect(after.enrolments).toEqual([{ ...enrolled().data, status: 'enrolled', followUps: [], resolutions: [], rebounds: [] }]);
  });

  it("offers the programme's steps on a concluded case, which offered none", () => {
    expect(allowedNextSteps(foldPetition(CONCLUDED))).toEqual([]);
    expect(allowedNextSteps(foldPetition(ENROLLED_CONCLUDED))).toEqual(['schedule_hearing', 'record_follow_up', 'resolve_programme_case']);
  });

  it.each([
    ['registered', [registered], '2026-11-20'],
    ['closed', CLOSED, '2027-02-02'],
  ] as const)('enrols a %s case just the same', (stage, history, enrolledOn) => {
    given(petitionDecider, [...history])
      .when(enrol({ enrolledOn, programme: { ...PROGRAMME, periodFrom: '2026-01-01' }, reason: 'repeat', track: 'simple' }))
      .then([enrolled({ enrolledOn, reason: 'repeat', track: 'simple' })]);
    expect(foldPetition([...history, enrolled({ enrolledOn })]).status).toBe(stage);
  });

  describe('one open programme at a time', () => {
    it('refuses (409) a case already in an open programme, this one or another', () => {
      for (const programme of [PROGRAMME, { ...PROGRAMME, programmeId: 'P2', name: '另一专项' }]) {
        given(petitionDecider, ENROLLED_CONCLUDED)
          .when(enrol({ programme, enrolledOn: '2027-05-10' }))
          .thenThrows(ProceedingStateError, {
            proceeding: 'programme',
            status: 'enrolled',
            message: `The case is in programme ${PROGRAMME.name} (P1) since 2027-05-06, which runs to 2027-12-31; a case is in one open programme at a time`,
          });
      }
    });

    it('takes the case into another once signed off, not before the sign-off', () => {
      const history: PetitionEvent[] = [...ENROLLED_CONCLUDED, signedOff];
      const next = { ...PROGRAMME, programmeId: 'P2' };
      given(petitionDecider, history).when(enrol({ programme: next, enrolledOn: '2027-05-21' })).then([enrolled({ programmeId: 'P2', enrolledOn: '2027-05-21' })]);
      expect(violationsOf(history, enrol({ programme: next, enrolledOn: '2027-05-19' }))).toEqual([
        { field: 'enrolledOn', message: 'must not precede the sign-off of its earlier enrolment on 2027-05-20' },
      ]);
    });

    it('takes the case into the next programme once the period of its first is over', () => {
      const first = enrolled({ programmeEndsOn: '2027-05-31' });
      const next = { ...PROGRAMME, programmeId: 'P2', periodFrom: '2027-06-01' };
      given(petitionDecider, [...CONCLUDED, first])
        .when(enrol({ programme: next, enrolledOn: '2027-06-01' }))
        .then([enrolled({ programmeId: 'P2', enrolledOn: '2027-06-01' })]);
    });
  });

  it('needs a date within the programme and the case, a later target date, a known track and reason and a leader', () => {
    expect(violationsOf(CONCLUDED, enrol({ enrolledOn: '2026-12-31', targetDate: '2026-12-31', track: 'fast' as never, reason: 'old' as never, owningLeader: '' }))).toEqual([
      { field: 'enrolledOn', message: `must fall within the programme's period, 2027-01-01 to 2027-12-31` },
      { field: 'track', message: 'must be one of simple, complex' },
      { field: 'reason', message: 'must be one of four_level, long_standing, repeat' },
      { field: 'owningLeader', message: 'must not be blank' },
      { field: 'targetDate', message: 'must be after the enrolment on 2026-12-31' },
    ]);
    expect(violationsOf([registered], enrol({ enrolledOn: '2026-11-19', programme: { ...PROGRAMME, periodFrom: '2026-01-01' } }))).toEqual([
      { field: 'enrolledOn', message: 'must not precede the receipt on 2026-11-20' },
    ]);
    expect(violationsOf(CONCLUDED, enrol({ enrolledOn: '2027-07-01' }))).toEqual([{ field: 'enrolledOn', message: 'must not be in the future (today in Shanghai is 2027-06-30)' }]);
  });
});
