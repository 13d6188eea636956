import { Injectable } from '@nestjs/common';
import { type CaseLink, MAX_LINKED_CASES, type Petitioner } from '@xinfang/petition';
import { DataSource } from 'typeorm';
import { PersonKeys } from '../person-keys.js';

export interface EarlierCases {
  /** Earlier cases of the same person and matter that no final review has concluded: the new one is a repeat. */
  readonly related: CaseLink[];
  /** The same matter, concluded by a final review (Art. 36 ¶3): not to be accepted again without new facts. */
  readonly priorConcluded: CaseLink[];
}

/**
 * Same person + same matter (DOMAIN.md): a petitioner in common (by ID number, else name + phone,
 * through the read side's blind index) and the same category and responsible unit.
 */
@Injectable()
export class RepeatMatterFinder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly personKeys: PersonKeys,
  ) {}

  async find(petitioners: readonly Petitioner[], category: string, responsibleUnit: string, excludePetitionId: string): Promise<EarlierCases> {
    const keys = this.personKeys.ofAll(petitioners);
    if (keys.length === 0) return { related: [], priorConcluded: [] };
    // read_model.earlier_cases (migration EarlierCasesFunction1764510000000) keeps its plan.
    const rows: { petition_id: string; receipt_number: string; stage: string }[] = await this.dataSource.query(
      'SELECT petition_id::text, receipt_number, stage FROM read_model.earlier_cases($1::text[], $2, $3, $4::uuid, $5)',
      [keys, category, responsibleUnit, excludePetitionId, MAX_LINKED_CASES * 2],
    );
    const link = (row: (typeof rows)[number]): CaseLink => ({ petitionId: row.petition_id, receiptNumber: row.receipt_number });
    return {
      related: rows.filter((row) => row.stage !== 'concluded').slice(-MAX_LINKED_CASES).map(link),
      priorConcluded: rows.filter((row) => row.stage === 'concluded').slice(-MAX_LINKED_CASES).map(link),
    };
  }
}
