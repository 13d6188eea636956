/**
 * Responsible units (责任单位): a register kept by administrators (DOMAIN.md "Responsible units and
 * handover"). A case names its units by reference: a registered unit's code, or, in history written
 * before the register (or naming a body outside it), free text — read as the registered unit of that
 * exact name where there is one, else as an unregistered name.
 */

export const UNIT_LEVELS = ['county_department', 'township'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export interface Unit {
  code: string;
  name: string;
  level: UnitLevel;
  /** The unit above it (a township's county, a department's government), by code. */
  parent?: string;
}

/** The register as a decider sees it: given with the command, like the calendar. */
export interface UnitDirectory {
  byCode(code: string): Unit | undefined;
  /** A case's unit reference, read as a registered unit: by code, else by exact name. */
  resolve(ref: string): Unit | undefined;
}

export function unitDirectory(units: readonly Unit[]): UnitDirectory {
  const codes = new Map(units.map((unit) => [unit.code, unit]));
  const names = new Map(units.map((unit) => [unit.name, unit]));
  return { byCode: (code) => codes.get(code), resolve: (ref) => codes.get(ref) ?? names.get(ref) };
}

export const NO_UNITS: UnitDirectory = unitDirectory([]);

/** Whether a case's unit reference names the unit whose code is `code` (by code, or by its registered name). */
export function refersToUnit(ref: string | undefined, code: string, units: UnitDirectory = NO_UNITS): boolean {
  if (ref === undefined) return false;
  return ref === code || units.resolve(ref)?.code === code;
}
