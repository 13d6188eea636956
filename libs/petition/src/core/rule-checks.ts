import { compareIsoDates, isIsoDate, type IsoDate } from './business-date.js';
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

  /** A real day, in the past or the future (a hearing date, a due date); returns whether it was. */
  date(field: string, value: IsoDate): boolean {
    if (typeof value === 'string' && isIsoDate(value)) return true;
    this.add(field, 'must be a real date written YYYY-MM-DD');
    return false;
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
   * A business date: a real day, not after `today`, and not before the step it follows.
   * Returns whether it was usable, so dependent rules can be skipped rather than misreported.
   */
  businessDate(field: string, value: IsoDate, bounds: { today: IsoDate; notBefore?: { date: IsoDate; step: string } }): boolean {
    if (!this.date(field, value)) return false;
    if (compareIsoDates(value, bounds.today) > 0) this.add(field, `must not be in the future (today in Shanghai is ${bounds.today})`);
    const { notBefore } = bounds;
    if (notBefore && compareIsoDates(value, notBefore.date) < 0) {
      this.add(field, `must not precede the ${notBefore.step} on ${notBefore.date}`);
    }
    return true;
  }

  throwIfAny(): void {
    if (this.violations.length > 0) throw new RuleViolationError([...this.violations]);
  }
}

/** Characters as a reader counts them: code points, not UTF-16 units. */
function characterCount(text: string): number {
  return [...text].length;
}
