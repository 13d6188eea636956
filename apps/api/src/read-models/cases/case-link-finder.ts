import { Injectable } from '@nestjs/common';
import { type CaseLink, MAX_LINKED_CASES, type Petitioner } from '@xinfang/petition';
import { Database } from '../../database/database.js';
import { PersonKeys } from '../person-keys.js';

interface LinkRow {
  petition_id: string;
  receipt_number: string;
  stage: string;
}

const link = (row: LinkRow): CaseLink => ({ petitionId: row.petition_id, receiptNumber: row.receipt_number });

/**
 * The read side's answers about other cases of the same matter (the write side's CaseLinks port):
 * a petitioner in common (by ID number, else name + phone, through the blind index) and the same
 * category and responsible unit.
 */
@Injectable()
export class CaseLinkFinder {
  constructor(
    private readonly database: Database,
    private readonly personKeys: PersonKeys,
  ) {}

  async earlierCases(petitioners: readonly Petitioner[], category: string, responsibleUnit: string, excludePetitionId: string): Promise<{ related: CaseLink[]; priorConcluded: CaseLink[] }> {
    const keys = this.personKeys.ofAll(petitioners);
    if (keys.length === 0) return { related: [], priorConcluded: [] };
    // read_model.earlier_cases (migration EarlierCasesFunction1764510000000) keeps its plan.
    const rows = await this.database.query<LinkRow>('SELECT petition_id::text, receipt_number, stage FROM read_model.earlier_cases($1::text[], $2, $3, $4::uuid, $5)', [
      keys,
      category,
      responsibleUnit,
      excludePetitionId,
      MAX_LINKED_CASES * 2,
    ]);
    return {
      related: rows.filter((row) => row.stage !== 'concluded').slice(-MAX_LINKED_CASES).map(link),
      priorConcluded: rows.filter((row) => row.stage === 'concluded').slice(-MAX_LINKED_CASES).map(link),
    };
  }

  async laterCases(petitionId: string): Promise<CaseLink[]> {
    const rows = await this.database.query<LinkRow>(
      'SELECT petition_id::text, receipt_number, stage FROM read_model.petitions WHERE related_case_ids @> ARRAY[$1::uuid] ORDER BY received_on, petition_id LIMIT 50',
      [petitionId],
    );
    return rows.map(link);
  }
}
