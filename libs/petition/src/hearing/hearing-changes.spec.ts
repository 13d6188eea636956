import type { AdjournHearing, CancelHearing, RescheduleHearing } from './hearing.commands.js';
import type { HearingAdjourned, HearingCancelled, HearingRescheduled } from './hearing.events.js';
import { CaseRecordNotFoundError, ProceedingStateError, TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import { given } from '../testing/given.js';
import { IN_HANDLING, OPINION_SERVED, command, hearingConcluded, hearingScheduled, opinionRecorded, violationsOf } from '../testing/handling.fixtures.js';

const SCHEDULED: PetitionEvent[] = [...IN_HANDLING, hearingScheduled()];
const adjourned: HearingAdjourned = { type: 'HearingAdjourned', data: { hearingId: 'H1', adjournedOn: '2026-12-10', reason: '申请人患病未能到场' } };
const ADJOURNED: PetitionEvent[] = [...SCHEDULED, adjourned];
const rescheduled: HearingRescheduled = { type: 'HearingRescheduled', data: { hearingId: 'H1', rescheduledOn: '2026-12-14', hearingDate: '2026-12-21', venue: '射阳县信访局模拟法庭' } };
const cancelled: HearingCancelled = { type: 'HearingCancelled', data: { hearingId: 'H1', cancelledOn: '2026-12-12', reason: '申请人撤回听证申请' } };

const adjourn = (data: Partial<AdjournHearing['data']> = {}) => command<AdjournHearing>('AdjournHearing', { ...adjourned.data, ...data });
const reschedule = (data: Partial<RescheduleHearing['data']> = {}) =>
  command<RescheduleHearing>('RescheduleHearing', { hearingId: 'H1', rescheduledOn: '2026-12-14', hearingDate: '2026-12-21', ...data });
const cancel = (data: Partial<CancelHearing['data']> = {}) => command<CancelHearing>('CancelHearing', { ...cancelled.data, ...data });

describe('AdjournHearing', () => {
  it('puts off a scheduled hearing, keeping the date it put off', () => {
    given(petitionDecider, SCHEDULED).when(adjourn()).then([adjourned]);
    expect(foldPetition(ADJOURNED)).toMatchObject({
      hearings: [{ status: 'adjourned', adjournments: [{ adjournedOn: '2026-12-10', reason: '申请人患病未能到场', hearingDate: '2026-12-10' }] }],
    });
    expect(allowedNextSteps(foldPetition(ADJOURNED))).toEqual(['reschedule_hearing', 'cancel_hearing', 'request_recusal', 'start_mediation', 'extend', 'reclassify', 'change_claim_type']);
  });

  it('may be decided before the hearing day, but not before its scheduling or its opinions', () => {
    given(petitionDecider, SCHEDULED).when(adjourn({ adjournedOn: '2026-12-03' })).then([{ ...adjourned, data: { ...adjourned.data, adjournedOn: '2026-12-03' } }]);
    expect(violationsOf(SCHEDULED, adjourn({ adjournedOn: '2026-11-30', reason: '' }))).toEqual([
      { field: 'reason', message: 'must not be blank' },
      { field: 'adjournedOn', message: 'must not precede the scheduling of the hearing on 2026-12-01' },
    ]);
    expect(violationsOf([...SCHEDULED, opinionRecorded('judge-1', { givenOn: '2026-12-11' })], adjourn())).toEqual([
      { field: 'adjournedOn', message: 'must not precede the panel opinion on 2026-12-11' },
    ]);
  });

  it.each([
    ['adjourned', ADJOURNED],
    ['concluded', [...SCHEDULED, hearingConcluded()]],
  ] as const)('is refused for a %s hearing', (status, history) => {
    given(petitionDecider, [...history]).when(adjourn({ adjournedOn: '2026-12-20' })).thenThrows(ProceedingStateError, { status, hearingId: 'H1' });
  });

  it('is refused for a hearing the case does not have', () => {
    given(petitionDecider, SCHEDULED)
      .when(adjourn({ hearingId: 'H9' }))
      .thenThrows(CaseRecordNotFoundError, { field: 'hearingId', id: 'H9' });
  });
});

describe('RescheduleHearing', () => {
  it('gives an adjourned hearing a new date at its old venue, and opens it again', () => {
    given(petitionDecider, ADJOURNED).when(reschedule()).then([rescheduled]);
    expect(foldPetition([...ADJOURNED, rescheduled])).toMatchObject({
      hearings: [{ status: 'scheduled', hearingDate: '2026-12-21', scheduledOn: '2026-12-01', adjournments: [{ hearingDate: '2026-12-10', rescheduledOn: '2026-12-14' }] }],
    });
  });

  it('may move it to a new venue', () => {
    given(petitionDecider, ADJOURNED).when(reschedule({ venue: '合德镇人民调解室' })).then([{ ...rescheduled, data: { ...rescheduled.data, venue: '合德镇人民调解室' } }]);
  });

  it('may not precede the adjournment, nor set a hearing day before itself', () => {
    expect(violationsOf(ADJOURNED, reschedule({ rescheduledOn: '2026-12-09', hearingDate: '2026-12-08', venue: '' }))).toEqual([
      { field: 'rescheduledOn', message: 'must not precede the adjournment of the hearing on 2026-12-10' },
      { field: 'hearingDate', message: 'must not precede the day the hearing is rescheduled, 2026-12-09' },
      { field: 'venue', message: 'must not be blank' },
    ]);
  });

  it('is refused for a hearing that is not adjourned', () => {
    given(petitionDecider, SCHEDULED)
      .when(reschedule())
      .thenThrows(ProceedingStateError, { status: 'scheduled', message: 'Hearing H1 is scheduled; it can be rescheduled only when adjourned' });
  });
});

describe('CancelHearing', () => {
  it.each([
    ['scheduled', SCHEDULED],
    ['adjourned', ADJOURNED],
  ] as const)('calls off a %s hearing for good', (_status, history) => {
    given(petitionDecider, [...history]).when(cancel()).then([cancelled]);
    expect(foldPetition([...history, cancelled])).toMatchObject({ hearings: [{ status: 'cancelled', cancellation: { cancelledOn: '2026-12-12', reason: '申请人撤回听证申请' } }] });
  });

  it('needs a reason and a date not before the hearing’s latest step', () => {
    expect(violationsOf(ADJOURNED, cancel({ reason: ' ', cancelledOn: '2026-12-09' }))).toEqual([
      { field: 'reason', message: 'must not be blank' },
      { field: 'cancelledOn', message: 'must not precede the adjournment of the hearing on 2026-12-10' },
    ]);
  });

  it.each([
    ['cancelled', [...SCHEDULED, cancelled]],
    ['concluded', [...SCHEDULED, hearingConcluded()]],
  ] as const)('is refused for a %s hearing', (status, history) => {
    given(petitionDecider, [...history]).when(cancel({ cancelledOn: '2026-12-20' })).thenThrows(ProceedingStateError, { proceeding: 'hearing', status });
  });

  it('is refused once handling is over', () => {
    given(petitionDecider, OPINION_SERVED).when(cancel()).thenThrows(TransitionRefusedError, { stage: 'opinion_served', step: 'cancel_hearing' });
  });
});
