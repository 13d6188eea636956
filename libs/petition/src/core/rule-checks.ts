import { addYears, compareIsoDates, isIsoDate, type IsoDate } from './business-date.js';
import { EARLIEST_BUSINESS_DATE, FUTURE_HORIZON_YEARS } from './petition.limits.js';
import { RuleViolationError, type RuleViolation } from './petition.errors.js';

/** Collects every broken rule of one command, so the caller hears about all of them at once. */
export class RuleChecks {
  private readonly violations: RuleViolation[] = [];

  add(field: string, message: string): void {
    this.violations.push({ field, message });
  }

  requiredText(field: string, value: string, maxLength: number): void {
    if (typeof value !== 'string' || value.trim() === '') this.add(field, 'must not be blank');
    else if (characterCount(value) > maxLength) this.add(field, `must be at most ${maxLength} characters`);
  }

  /** Absent is fine; present but blank is a mistake worth telling the clerk about. */
  optionalText(field: string, value: string | undefined, maxLength: number): void {
    if (value !== undefined) this.requiredText(field, value, maxLength);
  }

  oneOf(field: string, allowed: readonly string[], value: unknown): void {
    if (typeof value !== 'string' || !allowed.includes(value)) this.add(field, `must be one of ${allowed.join(', ')}`);
  }

  /**
   * A day the bureau sets, in the past or the future (a hearing date, a due date): real, not before
   * EARLIEST_BUSINESS_DATE and not more than FUTURE_HORIZON_YEARS after `today`. Returns whether it
   * was a real date, so dependent rules can be checked.
   */
  date(field: string, value: IsoDate, today: IsoDate): boolean {
    if (!this.realDate(field, value)) return false;
    this.notBeforeEarliest(field, value);
    const horizon = addYears(today, FUTURE_HORIZON_YEARS);
    if (compareIsoDates(value, horizon) > 0) this.add(field, `must not be later than ${horizon}, ${FUTURE_HORIZON_YEARS} years from today`);
    return true;
  }

  /** A list of `min` to `max` entries; returns whether it is a list at all, so its entries can be checked. */
  list(field: string, value: unknown, bounds: { min: number; max: number; what: string }): boolean {
    if (!Array.isArray(value)) {
      this.add(field, `must be a list of ${bounds.what}`);
      return false;
    }
    if (value.length < bounds.min) this.add(field, `must name at least ${bounds.min} ${bounds.what}`);
    if (value.length > bounds.max) this.add(field, `must name at most ${bounds.max} ${bounds.what}, got ${value.length}`);
    return true;
  }

  /**
   * A business date: a real day, not before EARLIEST_BUSINESS_DATE, not after `today`, and not
   * before the step it follows.
   * Returns whether it was usable, so dependent rules can be skipped rather than misreported.
   */
  businessDate(field: string, value: IsoDate, bounds: { today: IsoDate; notBefore?: { date: IsoDate; step: string } }): boolean {
    if (!this.realDate(field, value)) return false;
    this.notBeforeEarliest(field, value);
    if (compareIsoDates(value, bounds.today) > 0) this.add(field, `must not be in the future (today in Shanghai is ${bounds.today})`);
    const { notBefore } = bounds;
    if (notBefore && compareIsoDates(value, notBefore.date) < 0) {
      this.add(field, `must not precede the ${notBefore.step} on ${notBefore.date}`);
    }
    return true;
  }

  private realDate(field: string, value: IsoDate): boolean {
    if (typeof value === 'string' && isIsoDate(value)) return true;
    this.add(field, 'must be a real date written YYYY-MM-DD');
    return false;
  }

  private notBeforeEarliest(field: string, value: IsoDate): void {
    if (compareIsoDates(value, EARLIEST_BUSINESS_DATE) < 0) this.add(field, `must not be before ${EARLIEST_BUSINESS_DATE}, the earliest date a bureau's records can bear`);
  }

  throwIfAny(): void {
    if (this.violations.length > 0) throw new RuleViolationError([...this.violations]);
  }
}

/** Characters as a reader counts them: code points, not UTF-16 units. */
function characterCount(text: string): number {
  return [...text].length;
}
