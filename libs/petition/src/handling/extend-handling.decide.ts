import { shanghaiDate } from '../core/business-date.js';
import type { ExtendHandling } from './handling.commands.js';
import type { HandlingExtended } from './handling.events.js';
import { AlreadyRecordedError } from '../core/petition.errors.js';
import { CLOCK_CATALOGUE } from '../core/clock-catalogue.js';
import { MAX_EXTENSION_DAYS, NAME_MAX_LENGTH, REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { boundOf, stageEntry } from '../core/petition.timeline.js';
import { RuleChecks } from '../core/rule-checks.js';
import { missedWindow } from '../core/statutory-window.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';

/** 延期 (Art. 34): once, by 1–30 days, with reason and approver, before the 60 days from acceptance run out. */
export function decideExtension(command: ExtendHandling, petition: ExistingPetition): [HandlingExtended] {
  refuseUnlessStageAllows(petition, command.type, 'extend');
  const { extension, acceptance } = petition;
  if (extension) {
    throw new AlreadyRecordedError(command.type, 'extend', extension.extendedOn, `The one extension of the handling period (${extension.days} days, 条例 Art. 34)`);
  }
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const extendedOn = data.extendedOn ?? today;
  if (!Number.isInteger(data.days) || data.days < 1 || data.days > MAX_EXTENSION_DAYS) {
    checks.add('days', `must be a whole number of days from 1 to ${MAX_EXTENSION_DAYS} (条例 Art. 34)`);
  }
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  checks.requiredText('approver', data.approver, NAME_MAX_LENGTH);
  if (checks.businessDate('extendedOn', extendedOn, { today, notBefore: boundOf(stageEntry(petition)) })) {
    const deadline = missedWindow(context.calendar, 'handling', acceptance.decidedAt, extendedOn);
    if (deadline) {
      checks.add('extendedOn', `the handling period of ${CLOCK_CATALOGUE.handling.length.days} days from the acceptance on ${acceptance.decidedAt} ended on ${deadline}; it can no longer be extended (条例 Art. 34)`);
    }
  }
  checks.throwIfAny();
  return [{ type: 'HandlingExtended', data: { extendedOn, days: data.days, reason: data.reason, approver: data.approver } }];
}
