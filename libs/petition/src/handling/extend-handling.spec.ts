import { CalendarNotCoveredError } from '@xinfang/calendar';
import type { ExtendHandling } from './handling.commands.js';
import type { HandlingExtended } from './handling.events.js';
import { AlreadyRecordedError, TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { given } from '../testing/given.js';
import { IN_HANDLING, OPINION_SERVED, accepted, command, violationsOf } from '../testing/handling.fixtures.js';
import { registered } from '../testing/handling.fixtures.js';

/** Accepted on 2026-11-25: day 60 is Sunday 2027-01-24, so the period ends on Monday 2027-01-25. */
const extend = (data: Partial<ExtendHandling['data']> = {}, now?: Date) =>
  command<ExtendHandling>('ExtendHandling', { days: 30, reason: '需补充调查取证', approver: '县信访局局长 黄志强', extendedOn: '2027-01-20', ...data }, now ? { now } : {});

const extended = (data: Partial<HandlingExtended['data']> = {}): HandlingExtended => ({
  type: 'HandlingExtended',
  data: { extendedOn: '2027-01-20', days: 30, reason: '需补充调查取证', approver: '县信访局局长 黄志强', ...data },
});

describe('ExtendHandling (Art. 34)', () => {
  it('extends the handling period by up to 30 days, with reason and approver', () => {
    given(petitionDecider, IN_HANDLING).when(extend()).then([extended()]);
    expect(foldPetition([...IN_HANDLING, extended()])).toMatchObject({ status: 'accepted', extension: extended().data });
  });

  it('dates the extension today by default', () => {
    given(petitionDecider, IN_HANDLING)
      .when(extend({ extendedOn: undefined, days: 1 }, new Date('2027-01-20T02:00:00Z')))
      .then([extended({ days: 1 })]);
  });

  describe('before the handling period runs out', () => {
    it('on its last day, rolled from a Sunday to the Monday', () => {
      given(petitionDecider, IN_HANDLING).when(extend({ extendedOn: '2027-01-25' })).then([extended({ extendedOn: '2027-01-25' })]);
    });

    it('but not the day after', () => {
      expect(violationsOf(IN_HANDLING, extend({ extendedOn: '2027-01-26' }))).toEqual([
        { field: 'extendedOn', message: 'the handling period of 60 days from the acceptance on 2026-11-25 ended on 2027-01-25; it can no longer be extended (条例 Art. 34)' },
      ]);
    });

    it('without asking a calendar that lacks the year when the date is within 60 days', () => {
      const acceptedLate: PetitionEvent[] = [registered, { ...accepted, data: { ...accepted.data, decidedAt: '2027-11-25' } }];
      const now = new Date('2028-02-01T02:00:00Z');
      given(petitionDecider, acceptedLate).when(extend({ extendedOn: '2028-01-24' }, now)).then([extended({ extendedOn: '2028-01-24' })]);
      given(petitionDecider, acceptedLate).when(extend({ extendedOn: '2028-01-25' }, now)).thenThrows(CalendarNotCoveredError, { date: '2028-01-24' });
    });
  });

  it.each([31, 0, -5, 2.5])('refuses an extension of %p days', (days) => {
    expect(violationsOf(IN_HANDLING, extend({ days }))).toEqual([{ field: 'days', message: 'must be a whole number of days from 1 to 30 (条例 Art. 34)' }]);
  });

  it('needs a reason, an approver and a date not before the acceptance', () => {
    expect(violationsOf(IN_HANDLING, extend({ reason: '', approver: ' ', extendedOn: '2026-11-24' }))).toEqual([
      { field: 'reason', message: 'must not be blank' },
      { field: 'approver', message: 'must not be blank' },
      { field: 'extendedOn', message: 'must not precede the acceptance on 2026-11-25' },
    ]);
  });

  it('is refused (409) a second time, however short', () => {
    const error = given(petitionDecider, [...IN_HANDLING, extended({ days: 10 })])
      .when(extend({ days: 5, extendedOn: '2027-01-21' }))
      .thenThrows(AlreadyRecordedError, { step: 'extend', recordedOn: '2027-01-20', command: 'ExtendHandling' });
    expect(error.message).toBe('The one extension of the handling period (10 days, 条例 Art. 34) was already recorded, on 2027-01-20; it is recorded only once');
  });

  it('is refused once the handling opinion is served', () => {
    given(petitionDecider, OPINION_SERVED).when(extend()).thenThrows(TransitionRefusedError, { stage: 'opinion_served', step: 'extend' });
  });
});
