import { hearingsOf } from '../core/petition.queries.js';
import type { PetitionCase, PetitionState } from '../core/petition.state.js';
import { NO_UNITS, refersToUnit, type UnitDirectory } from '../units/unit.js';
import type { CompletionReport, UnitHandover } from './handover.types.js';

/** The handover the receiving unit works on now: the last one not objected away (an objection pending or upheld ends it). */
export function currentHandover(state: PetitionState): UnitHandover | undefined {
  if (state.status === 'none' || state.status === 'objected') return undefined;
  const last = state.handovers?.at(-1);
  if (!last || (last.objection && last.objection.decision?.upheld !== false)) return undefined;
  return last;
}

/** The unit a case is with now: its current handover's, or, once accepted, its handling unit. */
export function unitOfCase(state: PetitionState): string | undefined {
  if (state.status === 'none') return undefined;
  if ('acceptance' in state && state.acceptance.decision === 'accepted') return state.acceptance.handlingUnit;
  return currentHandover(state)?.toUnit;
}

/**
 * The unit a case is with for its users: the unit it is with now or, while its objection waits for the
 * bureau's decision, the unit that objected (a rejected objection leaves the case with it, DOMAIN.md).
 */
export function unitHoldingCase(state: PetitionState): string | undefined {
  const last = state.status === 'objected' ? state.handovers?.at(-1) : undefined;
  if (last?.objection && last.objection.decision === undefined) return last.toUnit;
  return unitOfCase(state);
}

/**
 * Whether the users of unit `code` may see and act on the case: it is handed to the unit now (its
 * objection still undecided included), or a mock-court plan gave the unit a task, and it is not an
 * accusation against the unit (Art. 30: the accused unit never sees the accuser's case).
 */
export function isCaseOfUnit(state: PetitionState, code: string, units: UnitDirectory = NO_UNITS): boolean {
  if (state.status === 'none') return false;
  if (isConfidentialFrom(state, code, units)) return false;
  return refersToUnit(unitHoldingCase(state), code, units) || planTaskOwners(state).some((owner) => refersToUnit(owner, code, units));
}

function planTaskOwners(state: PetitionState): string[] {
  return hearingsOf(state).flatMap((hearing) => (hearing.status === 'concluded' ? (hearing.conclusion.planTasks ?? []).map((task) => task.ownerUnit) : []));
}

/** An accusation is kept from the unit it accuses (the responsible unit named at intake). */
export function isConfidentialFrom(petition: PetitionCase, code: string, units: UnitDirectory = NO_UNITS): boolean {
  return petition.claimType === 'accusation' && refersToUnit(petition.responsibleUnit, code, units);
}

/** The current handover's latest report still waiting for the bureau's review, if any. */
export function pendingReport(handover: UnitHandover | undefined): CompletionReport | undefined {
  const last = handover?.reports.at(-1);
  return last && !last.review ? last : undefined;
}

export function isVerified(handover: UnitHandover): boolean {
  return handover.reports.some((report) => report.review?.decision === 'verified');
}
