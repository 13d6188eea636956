import { CalendarNotCoveredError, type BusinessCalendar } from '@xinfang/calendar';

/** Public holidays of the fake calendar: New Year's Day 2027 (a Friday) and National Day 2026 (a Thursday). */
export const FAKE_HOLIDAYS = ['2026-10-01', '2027-01-01'] as const;

/**
 * A small working-day calendar for specs: weekends are rest days, the listed holidays too, and a
 * date outside `covers` throws as the official calendar does for a year it has no data for.
 */
export function fakeCalendar({
  holidays = FAKE_HOLIDAYS,
  covers = { from: '2026-01-01', to: '2027-12-31' },
}: { holidays?: readonly string[]; covers?: { from: string; to: string } } = {}): BusinessCalendar {
  return {
    isWorkingDay(date) {
      if (date < covers.from || date > covers.to) throw new CalendarNotCoveredError(date);
      const day = new Date(`${date}T00:00:00Z`).getUTCDay();
      return day !== 0 && day !== 6 && !holidays.includes(date);
    },
  };
}
