/** The closed vocabularies of a petition, as values (for DTO validators) and as types. */

export const CHANNELS = ['visit', 'letter', 'online', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The four categories (四大类); every petition has exactly one. */
export const CATEGORIES = ['housing_construction', 'labour_social_security', 'agriculture_rural', 'law_litigation'] as const;
export type Category = (typeof CATEGORIES)[number];

export const BACKLOG_KINDS = ['four_level', 'long_standing', 'repeat'] as const;

/**
 * The legal route of a matter (依法分类处理, Arts. 29–31), recorded at acceptance: a suggestion (建议意见类)
 * is answered; an accusation (检举控告类) goes to discipline inspection and is confidential; a claim
 * (申诉求决类) is channelled into the legal procedure that governs it, or takes the handling opinion,
 * 60-day and review path. A case not yet decided has none; history before the distinction reads `claim`.
 */
export const CLAIM_TYPES = ['suggestion', 'accusation', 'claim'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** The legal procedures a claim is channelled into (Art. 31 items 1–4). */
export const LEGAL_PROCEDURES = [
  'litigation',
  'procuratorial',
  'arbitration',
  'party_member_appeal',
  'administrative_reconsideration',
  'administrative_ruling',
  'administrative_confirmation',
  'administrative_licensing',
  'administrative_penalty',
] as const;
export type LegalProcedure = (typeof LEGAL_PROCEDURES)[number];
export type BacklogKind = (typeof BACKLOG_KINDS)[number];

/** Tags, not a list: the order first given is kept, repeats are dropped. */
export function distinctBacklogKinds(kinds: readonly BacklogKind[]): BacklogKind[] {
  return [...new Set(kinds)];
}

/** DOMAIN.md "Who uses it": bureau staff, panel members, auditors, operators, a responsible unit's staff, leaders who own cases. */
export const ROLES = ['clerk', 'panel', 'auditor', 'admin', 'unit', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  name: string;
  role: Role;
  /** The unit code of a `unit` user (its token's `unit` claim): the unit it acts for. */
  unit?: string;
}

export interface Petitioner {
  name: string;
  /** An 18-character resident ID number, check character stored as uppercase `X`. */
  idNumber?: string;
  phone?: string;
  address?: string;
}

/** Another petition, as the API found it at intake. */
export interface CaseLink {
  petitionId: string;
  receiptNumber: string;
}
