import { Injectable } from '@nestjs/common';
import { type CaseLink, MAX_LINKED_CASES, type Petitioner } from '@xinfang/petition';
import { Database } from '../../database/database.js';
import { StatementBatcher } from '../../database/statement-batcher.js';
import { PersonKeys } from '../person-keys.js';

interface LinkRow {
  petition_id: string;
  receipt_number: string;
  stage: string;
}

const link = (row: LinkRow): CaseLink => ({ petitionId: row.petition_id, receiptNumber: row.receipt_number });

/** Most registrations' questions asked in one statement. */
const MAX_QUESTIONS_PER_STATEMENT = 200;

interface Question {
  readonly keys: readonly string[];
  readonly category: string;
  readonly responsibleUnit: string;
  readonly exclude: string;
}

/**
 * The read side's answers about other cases of the same matter (the write side's CaseLinks port):
 * a petitioner in common (by ID number, else name + phone, through the blind index) and the same
 * category and responsible unit.
 */
@Injectable()
export class CaseLinkFinder {
  /** Registrations arriving together are asked about in one statement. */
  private readonly questions = new StatementBatcher<Question, LinkRow[]>(MAX_QUESTIONS_PER_STATEMENT, (batch) => this.askTogether(batch));

  constructor(
    private readonly database: Database,
    private readonly personKeys: PersonKeys,
  ) {}

  async earlierCases(petitioners: readonly Petitioner[], category: string, responsibleUnit: string, excludePetitionId: string): Promise<{ related: CaseLink[]; priorConcluded: CaseLink[] }> {
    const keys = this.personKeys.ofAll(petitioners);
    if (keys.length === 0) return { related: [], priorConcluded: [] };
    const rows = await this.questions.ask({ keys, category, responsibleUnit, exclude: excludePetitionId });
    return {
      related: rows.filter((row) => row.stage !== 'concluded').slice(-MAX_LINKED_CASES).map(link),
      priorConcluded: rows.filter((row) => row.stage === 'concluded').slice(-MAX_LINKED_CASES).map(link),
    };
  }

  /**
   * Each registration's question by its own call of read_model.earlier_cases (migration
   * EarlierCasesFunction1764510000000, which keeps its plan), its rows in the function's order.
   */
  private async askTogether(batch: readonly Question[]): Promise<LinkRow[][]> {
    const rows = await this.database.query<LinkRow & { question: string }>(
      `SELECT q.n::text AS question, e.petition_id::text, e.receipt_number, e.stage
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS q(asked, n),
              LATERAL read_model.earlier_cases(ARRAY(SELECT jsonb_array_elements_text(q.asked->'keys')), q.asked->>'category', q.asked->>'unit', (q.asked->>'exclude')::uuid, $2)
                WITH ORDINALITY AS e(petition_id, receipt_number, stage, m)
        ORDER BY q.n, e.m`,
      [JSON.stringify(batch.map((question) => ({ keys: question.keys, category: question.category, unit: question.responsibleUnit, exclude: question.exclude }))), MAX_LINKED_CASES * 2],
    );
    const answers = batch.map((): LinkRow[] => []);
    for (const { question, ...row } of rows) answers[Number(question) - 1]!.push(row);
    return answers;
  }

  async laterCases(petitionId: string): Promise<CaseLink[]> {
    const rows = await this.database.query<LinkRow>(
      'SELECT petition_id::text, receipt_number, stage FROM read_model.petitions WHERE related_case_ids @> ARRAY[$1::uuid] ORDER BY received_on, petition_id LIMIT 50',
      [petitionId],
    );
    return rows.map(link);
  }
}
