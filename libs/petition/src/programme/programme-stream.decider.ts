import { compareIsoDates, shanghaiDate } from '../core/business-date.js';
import type { Decider } from '../core/decider.types.js';
import { ID_MAX_LENGTH, NAME_MAX_LENGTH, REASON_MAX_LENGTH, SUBJECT_MAX_LENGTH } from '../core/petition.limits.js';
import { RuleChecks } from '../core/rule-checks.js';
import { type ProgrammeCommand, type ProgrammeEvent, ProgrammeAlreadyOpenedError, type ProgrammeState, type ProgrammeTargets } from './programme-stream.types.js';

const TARGET_KEYS = ['enrolled', 'resolved', 'signedOff'] as const;

function decide(command: ProgrammeCommand, state: ProgrammeState): ProgrammeEvent[] {
  const { data, context } = command;
  if (state.status !== 'none') throw new ProgrammeAlreadyOpenedError(state.programmeId);
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const openedOn = data.openedOn ?? today;
  checks.requiredText('programmeId', data.programmeId, ID_MAX_LENGTH);
  checks.requiredText('name', data.name, SUBJECT_MAX_LENGTH);
  checks.requiredText('criteria', data.criteria, REASON_MAX_LENGTH);
  checks.requiredText('owner', data.owner, NAME_MAX_LENGTH);
  checks.businessDate('openedOn', openedOn, { today });
  const periodValid = [checks.date('periodFrom', data.periodFrom, today), checks.date('periodTo', data.periodTo, today)].every(Boolean);
  if (periodValid && compareIsoDates(data.periodTo, data.periodFrom) < 0) {
    checks.add('periodTo', `must not precede the period's first day, ${data.periodFrom}`);
  }
  for (const key of TARGET_KEYS) {
    const target = data.targets?.[key];
    if (target !== undefined && !(Number.isInteger(target) && target >= 0)) checks.add(`targets.${key}`, 'must be a whole number, 0 or more');
  }
  checks.throwIfAny();
  const { programmeId, name, periodFrom, periodTo, criteria, owner } = data;
  return [{ type: 'ProgrammeOpened', data: { programmeId, name, periodFrom, periodTo, criteria, targets: knownTargets(data.targets), owner, openedOn } }];
}

// Field by field, so nothing smuggled in beside the known targets is recorded forever.
function knownTargets(targets: ProgrammeTargets | undefined): ProgrammeTargets {
  return Object.fromEntries(TARGET_KEYS.flatMap((key) => (targets?.[key] === undefined ? [] : [[key, targets[key]]])));
}

function evolve(_state: ProgrammeState, event: ProgrammeEvent): ProgrammeState {
  return { status: 'open', ...event.data };
}

export const programmeDecider: Decider<ProgrammeCommand, ProgrammeEvent, ProgrammeState> = {
  initialState: () => ({ status: 'none' }),
  decide,
  evolve,
};

export function foldProgramme(events: readonly ProgrammeEvent[]): ProgrammeState {
  return events.reduce(evolve, programmeDecider.initialState());
}
