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
    const rows: { petition_id: string; receipt_number: string; stage: string }[] = await this.dataSource.query(
      // The person's few cases are found through the blind index and each looked up by its id
      // (OFFSET 0 keeps the lookup a lookup), then filtered and sorted. Left to itself the planner
      // walked petitions in received order for the LIMIT, or through the unit's index, which for a
      // new petitioner (no earlier case) meant reading every case of the category or unit.
      `SELECT p.petition_id::text, p.receipt_number, p.stage
         FROM (SELECT DISTINCT petition_id FROM read_model.person_keys WHERE person_key = ANY($1::text[])) same_person
        CROSS JOIN LATERAL (
              SELECT petition_id, receipt_number, stage, category, responsible_unit, received_on
                FROM read_model.petitions WHERE petition_id = same_person.petition_id OFFSET 0) p
        WHERE p.category = $2 AND p.responsible_unit = $3 AND p.petition_id <> $4
        ORDER BY p.received_on, p.petition_id
        LIMIT $5`,
      [keys, category, responsibleUnit, excludePetitionId, MAX_LINKED_CASES * 2],
    );
    const link = (row: (typeof rows)[number]): CaseLink => ({ petitionId: row.petition_id, receiptNumber: row.receipt_number });
    return {
      related: rows.filter((row) => row.stage !== 'concluded').slice(-MAX_LINKED_CASES).map(link),
      priorConcluded: rows.filter((row) => row.stage === 'concluded').slice(-MAX_LINKED_CASES).map(link),
    };
  }
}
