import type { CaseLink, Petitioner } from '@xinfang/petition';

/** What the write side asks the read side about other cases of the same matter; AppModule binds the two. */
export const CASE_LINKS = Symbol('CASE_LINKS');

export interface EarlierCases {
  /** Earlier cases of the same person and matter that no final review has concluded: the new one is a repeat. */
  readonly related: CaseLink[];
  /** The same matter, concluded by a final review (Art. 36 ¶3): not to be accepted again without new facts. */
  readonly priorConcluded: CaseLink[];
}

export interface CaseLinks {
  /** Same person + same matter (DOMAIN.md): a petitioner in common and the same category and responsible unit. */
  earlierCases(petitioners: readonly Petitioner[], category: string, responsibleUnit: string, excludePetitionId: string): Promise<EarlierCases>;
  /** The link seen from the earlier case: later petitions that named this one as the same matter. */
  laterCases(petitionId: string): Promise<CaseLink[]>;
}
