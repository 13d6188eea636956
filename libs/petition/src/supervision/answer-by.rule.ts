import { compareIsoDates, type IsoDate } from '../core/business-date.js';
import type { RuleChecks } from '../core/rule-checks.js';

/**
 * An answer-by date comes after the step that sets it (the issue or the escalation). Set today, it is
 * therefore never in the past; a paper supervision entered later keeps the dates it was written with.
 */
export function answerByRule(checks: RuleChecks, answerBy: IsoDate, bounds: { today: IsoDate; after?: { date: IsoDate; step: string } }): void {
  if (!checks.date('answerBy', answerBy, bounds.today) || !bounds.after || compareIsoDates(answerBy, bounds.after.date) > 0) return;
  if (bounds.after.date === bounds.today && compareIsoDates(answerBy, bounds.today) < 0) checks.add('answerBy', `must not be in the past (today in Shanghai is ${bounds.today})`);
  else checks.add('answerBy', `must come after the ${bounds.after.step} on ${bounds.after.date}`);
}
