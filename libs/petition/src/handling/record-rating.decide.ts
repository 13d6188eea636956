import { shanghaiDate } from '../core/business-date.js';
import type { RecordRating } from './handling.commands.js';
import type { SatisfactionRated } from './handling.events.js';
import { RATINGS } from './handling.types.js';
import { AlreadyRecordedError } from '../core/petition.errors.js';
import { CLOCK_CATALOGUE } from '../core/clock-catalogue.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { missedWindow } from '../core/statutory-window.js';
import { refuseStep, refuseUnlessStageAllows } from '../core/step-guard.js';

/**
 * 满意度: once, for a closed case, within 30 days of the closure; later the case stays unrated.
 * A review running since the closure does not stop the petitioner from rating it.
 */
export function decideRating(command: RecordRating, petition: ExistingPetition): [SatisfactionRated] {
  refuseUnlessStageAllows(petition, command.type, 'rate');
  const { closure, rating } = petition;
  if (!closure) return refuseStep(petition, command.type, 'rate');
  if (rating) throw new AlreadyRecordedError(command.type, 'rate', rating.ratedOn, `The petitioner's rating (${rating.rating})`);
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const ratedOn = data.ratedOn ?? today;
  checks.oneOf('rating', RATINGS, data.rating);
  if (checks.businessDate('ratedOn', ratedOn, { today, notBefore: { date: closure.closedOn, step: 'closure' } })) {
    const deadline = missedWindow(context.calendar, 'rating_window', closure.closedOn, ratedOn);
    if (deadline) {
      checks.add('ratedOn', `the ${CLOCK_CATALOGUE.rating_window.length.days} days to rate the case closed on ${closure.closedOn} ended on ${deadline}; it stays unrated`);
    }
  }
  checks.throwIfAny();
  return [{ type: 'SatisfactionRated', data: { ratedOn, rating: data.rating } }];
}
