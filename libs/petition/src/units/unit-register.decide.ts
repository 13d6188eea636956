import { NAME_MAX_LENGTH, UNIT_CODE_PATTERN, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import type { Actor } from '../core/petition.types.js';
import { RuleChecks } from '../core/rule-checks.js';
import { type Unit, UNIT_LEVELS } from './unit.js';

export interface DefineUnit {
  type: 'DefineUnit';
  data: Unit;
  context: { actor: Actor; now: Date };
}

export interface UnitDefined {
  type: 'UnitDefined';
  data: Unit & { definedAt: string };
}

/**
 * PUT /units/{code}: a unit is defined, or its name, level or parent change; the same definition
 * again records nothing. The parent must be registered and must not be the unit or below it — the
 * API checks that against the register (`parentChain`).
 */
export function decideUnitDefinition(command: DefineUnit, current: Unit | undefined): UnitDefined[] {
  const { data } = command;
  const checks = new RuleChecks();
  if (typeof data.code !== 'string' || !UNIT_CODE_PATTERN.test(data.code)) checks.add('code', 'must be 1 to 50 letters, digits, dots, dashes or underscores, starting with a letter or digit');
  checks.requiredText('name', data.name, Math.min(UNIT_MAX_LENGTH, NAME_MAX_LENGTH * 2));
  checks.oneOf('level', UNIT_LEVELS, data.level);
  if (data.parent === data.code) checks.add('parent', 'a unit cannot be its own parent');
  checks.throwIfAny();
  const unit: Unit = { code: data.code, name: data.name.trim(), level: data.level, ...(data.parent !== undefined && { parent: data.parent }) };
  if (current && current.name === unit.name && current.level === unit.level && current.parent === unit.parent) return [];
  return [{ type: 'UnitDefined', data: { ...unit, definedAt: command.context.now.toISOString() } }];
}

export const UNIT_STREAM_PREFIX = 'unit-';

export function unitStreamId(code: string): string {
  return `${UNIT_STREAM_PREFIX}${code}`;
}

