import { shanghaiDate } from '../core/business-date.js';
import { AlreadyRecordedError } from '../core/petition.errors.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';
import type { SignForCase } from './handover.commands.js';
import type { HandoverReceived } from './handover.events.js';
import { handoverName, theCurrentHandover } from './handover.guards.js';

/** 签收: once per handover, not before it, not in the future. The unit's objection and notice periods run from it. */
export function decideReceipt(command: SignForCase, petition: ExistingPetition): [HandoverReceived] {
  refuseUnlessStageAllows(petition, command.type, 'sign_for_case');
  const handover = theCurrentHandover(petition, command.type, 'sign_for_case');
  if (handover.receipt) throw new AlreadyRecordedError(command.type, 'sign_for_case', handover.receipt.receivedOn, `${handover.toUnit}'s receipt of the case`);
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const receivedOn = data.receivedOn ?? today;
  checks.businessDate('receivedOn', receivedOn, { today, notBefore: { date: handover.decidedAt, step: handoverName(handover) } });
  checks.throwIfAny();
  return [{ type: 'HandoverReceived', data: { receivedOn, unit: handover.toUnit } }];
}
