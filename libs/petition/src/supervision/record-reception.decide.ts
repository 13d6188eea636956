import { shanghaiDate } from '../core/business-date.js';
import { REASON_MAX_LENGTH, VENUE_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import type { RecordReception } from './supervision.commands.js';
import type { ReceptionRecorded } from './supervision.events.js';
import { leaderOf } from './supervision.guards.js';

/** 接访: where and when a leader received the petitioner, with any instructions given; in any stage, not before the petition's receipt. */
export function decideReception(command: RecordReception, petition: ExistingPetition): [ReceptionRecorded] {
  const { data, context } = command;
  const checks = new RuleChecks();
  const leader = leaderOf(petition, command.type, data, context.actor, checks);
  const today = shanghaiDate(context.now);
  const receivedOn = data.receivedOn ?? today;
  checks.requiredText('place', data.place, VENUE_MAX_LENGTH);
  checks.optionalText('instructions', data.instructions, REASON_MAX_LENGTH);
  checks.businessDate('receivedOn', receivedOn, { today, notBefore: { date: petition.receivedAt, step: 'receipt of the petition' } });
  checks.throwIfAny();
  const { place, instructions } = data;
  return [{ type: 'ReceptionRecorded', data: { receivedOn, ...leader, place, ...(instructions !== undefined && { instructions }) } }];
}
