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

/** Most registrations' questions asked in one statement. */
const MAX_QUESTIONS_PER_STATEMENT = 200;

interface Question {
  readonly keys: readonly string[];
  readonly category: string;
  readonly responsibleUnit: string;
  readonly exclude: string;
  readonly settle: (rows?: LinkRow[], error?: unknown) => void;
}

/**
 * The read side's answers about other cases of the same matter (the write side's CaseLinks port):
 * a petitioner in common (by ID number, else name + phone, through the blind index) and the same
 * category and responsible unit.
 */
@Injectable()
export class CaseLinkFinder {
  /** Questions waiting for the statement under way to finish; the next one asks them together. */
  private waiting: Question[] = [];
  private asking = false;

  constructor(
    private readonly database: Database,
    private readonly personKeys: PersonKeys,
  ) {}

  async earlierCases(petitioners: readonly Petitioner[], category: string, responsibleUnit: string, excludePetitionId: string): Promise<{ related: CaseLink[]; priorConcluded: CaseLink[] }> {
    const keys = this.personKeys.ofAll(petitioners);
    if (keys.length === 0) return { related: [], priorConcluded: [] };
    const rows = await new Promise<LinkRow[]>((resolve, reject) => {
      this.waiting.push({ keys, category, responsibleUnit, exclude: excludePetitionId, settle: (found, error) => (found ? resolve(found) : reject(error ?? new Error('repeat detection failed'))) });
      void this.askWaiting();
    });
    return {
      related: rows.filter((row) => row.stage !== 'concluded').slice(-MAX_LINKED_CASES).map(link),
      priorConcluded: rows.filter((row) => row.stage === 'concluded').slice(-MAX_LINKED_CASES).map(link),
    };
  }

  /**
   * Registrations arriving while a statement is under way are asked about by the next one, each by
   * its own call of read_model.earlier_cases (migration EarlierCasesFunction1764510000000, which keeps
   * its plan), its rows in the function's order: concurrent registrations share a round trip.
   */
  private async askWaiting(): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MAX_QUESTIONS_PER_STATEMENT);
        try {
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
          batch.forEach((question, index) => question.settle(answers[index]));
        } catch (error) {
          for (const question of batch) question.settle(undefined, error);
        }
      }
    } finally {
      this.asking = false;
    }
  }

  async laterCases(petitionId: string): Promise<CaseLink[]> {
    const rows = await this.database.query<LinkRow>(
      'SELECT petition_id::text, receipt_number, stage FROM read_model.petitions WHERE related_case_ids @> ARRAY[$1::uuid] ORDER BY received_on, petition_id LIMIT 50',
      [petitionId],
    );
    return rows.map(link);
  }
}
