import type { IsoDate } from '../core/business-date.js';
import type { ClaimType, LegalProcedure } from '../core/petition.types.js';

/** The legal route the decision recorded, when it recorded one (history before the distinction has none: a claim). */
type Classified = { claimType?: ClaimType };

// Events are `{ type, data }` only: the API adds the metadata (actor, recordedAt) when appending.
export interface PetitionAccepted {
  type: 'PetitionAccepted';
  data: Classified & { decidedAt: IsoDate; handlingUnit: string; handlerId: string; note?: string; newFactsAndReasons?: string };
}

export interface PetitionNotAccepted {
  type: 'PetitionNotAccepted';
  data: Classified & { decidedAt: IsoDate; reason: string };
}

export interface PetitionForwarded {
  type: 'PetitionForwarded';
  data: Classified & { decidedAt: IsoDate; toUnit: string; note?: string };
}

export interface PetitionAssigned {
  type: 'PetitionAssigned';
  data: Classified & { decidedAt: IsoDate; toUnit: string; note?: string; reportBy?: IsoDate };
}

export interface PetitionDiverted {
  type: 'PetitionDiverted';
  data: Classified & { decidedAt: IsoDate; toOrgan: string; reason?: string };
}

/** A claim channelled into the legal procedure that governs it (依法分类处理, Art. 31 items 1–4), in any category. */
export interface PetitionChannelled {
  type: 'PetitionChannelled';
  data: Classified & { decidedAt: IsoDate; procedure: LegalProcedure; receivingBody: string; reason?: string };
}

/** The acceptance decision (受理 / 不予受理 / 转送 / 交办 / 诉访分离): one of five. */
export type AcceptanceDecisionEvent = PetitionAccepted | PetitionNotAccepted | PetitionForwarded | PetitionAssigned | PetitionDiverted | PetitionChannelled;

export interface UnitObjected {
  type: 'UnitObjected';
  data: { objectedAt: IsoDate; unit: string; reason: string };
}

export type AcceptanceEvent = AcceptanceDecisionEvent | UnitObjected;
