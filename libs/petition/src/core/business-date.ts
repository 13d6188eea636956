/**
 * Business dates: the day a step happened in Asia/Shanghai, as `YYYY-MM-DD`. Deliberately
 * minimal; working days and statutory deadlines belong to the calendar library.
 */
export type IsoDate = string;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The Shanghai calendar date of an instant. A fixed UTC+8 is exact: China has kept no daylight
 * saving time since 1991, and it spares us a dependency on the runtime's time zone data.
 */
export function shanghaiDate(instant: Date): IsoDate {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('shanghaiDate needs a valid instant');
  return new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` naming a day that exists: 2026-02-30 and 2026-13-01 do not. */
export function isIsoDate(text: string): text is IsoDate {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  return isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian, for any year: `Date.UTC` would read years 0–99 as 1900–1999. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const monthLength = DAYS_IN_MONTH[month - 1];
  if (!Number.isInteger(year) || monthLength === undefined || !Number.isInteger(day) || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= monthLength + (month === 2 && leap ? 1 : 0);
}

/** Negative, zero or positive as `a` is before, on or after `b`; valid ISO dates sort as text. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The same day `years` later (or earlier); 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const fitted = isCalendarDate(target, month, day) ? day : day - 1;
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(fitted).padStart(2, '0')}`;
}
