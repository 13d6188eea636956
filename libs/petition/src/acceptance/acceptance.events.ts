import type { IsoDate } from '../core/business-date.js';

// Events are `{ type, data }` only: the API adds the metadata (actor, recordedAt) when appending.
export interface PetitionAccepted {
  type: 'PetitionAccepted';
  data: { decidedAt: IsoDate; handlingUnit: string; handlerId: string; note?: string; newFactsAndReasons?: string };
}

export interface PetitionNotAccepted {
  type: 'PetitionNotAccepted';
  data: { decidedAt: IsoDate; reason: string };
}

export interface PetitionForwarded {
  type: 'PetitionForwarded';
  data: { decidedAt: IsoDate; toUnit: string; note?: string };
}

export interface PetitionAssigned {
  type: 'PetitionAssigned';
  data: { decidedAt: IsoDate; toUnit: string; note?: string };
}

export interface PetitionDiverted {
  type: 'PetitionDiverted';
  data: { decidedAt: IsoDate; toOrgan: string; reason?: string };
}

/** The acceptance decision (受理 / 不予受理 / 转送 / 交办 / 诉访分离): one of five. */
export type AcceptanceDecisionEvent = PetitionAccepted | PetitionNotAccepted | PetitionForwarded | PetitionAssigned | PetitionDiverted;

export interface UnitObjected {
  type: 'UnitObjected';
  data: { objectedAt: IsoDate; unit: string; reason: string };
}

export type AcceptanceEvent = AcceptanceDecisionEvent | UnitObjected;
