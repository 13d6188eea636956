import { shanghaiDate } from '../core/business-date.js';
import { REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import type { RecordInstruction } from './supervision.commands.js';
import type { InstructionRecorded } from './supervision.events.js';
import { leaderOf } from './supervision.guards.js';

/** 批示: a leader's written instruction on the case; in any stage, not before the petition's receipt. */
export function decideInstruction(command: RecordInstruction, petition: ExistingPetition): [InstructionRecorded] {
  const { data, context } = command;
  const checks = new RuleChecks();
  const leader = leaderOf(petition, command.type, data, context.actor, checks);
  const today = shanghaiDate(context.now);
  const instructedOn = data.instructedOn ?? today;
  checks.requiredText('text', data.text, REASON_MAX_LENGTH);
  checks.businessDate('instructedOn', instructedOn, { today, notBefore: { date: petition.receivedAt, step: 'receipt of the petition' } });
  checks.throwIfAny();
  return [{ type: 'InstructionRecorded', data: { instructedOn, ...leader, text: data.text } }];
}
