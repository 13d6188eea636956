import { NotFoundException } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Database } from '../database/database.js';
import type { SimilarCasesView, SimilarCaseView } from './similar-case.view.js';

/**
 * The weights of a match. Text carries most: a like matter is told by what it is about. Category
 * and unit only add to some text in common: a case never counts as similar for its category and
 * unit alone (MIN_TEXT), else every case of a busy unit would be "similar".
 */
const WEIGHTS = { text: 0.6, category: 0.25, unit: 0.15 } as const;
const MIN_TEXT = 0.1;
const DEFAULT_MIN_SCORE = 0.2;
const DEFAULT_LIMIT = 10;

export class FindSimilarCases extends Query<SimilarCasesView> {
  constructor(
    readonly petitionId: string,
    readonly limit = DEFAULT_LIMIT,
    readonly minScore = DEFAULT_MIN_SCORE,
  ) {
    super();
  }
}

interface TargetRow {
  received_on: string;
  registered_at: Date;
  category: string;
  units: string[];
  subject_grams: string[];
  content_grams: string[];
}

type CaseRow = {
  petition_id: string;
  receipt_number: string;
  subject: string;
  category: string;
  responsible_unit: string;
  handling_unit: string | null;
  received_on: string;
  stage: string;
  closure_outcome: string | null;
  closed_on: string | null;
  opinion_outcome: string | null;
  review_outcome: string | null;
  final_review_outcome: string | null;
  rating: string | null;
  subject_similarity: number;
  content_similarity: number;
  same_category: boolean;
  same_unit: boolean;
  score: number;
};

/** The Jaccard index |A ∩ B| / |A ∪ B| of two bigram sets (each already distinct); 0 when both are empty. */
const jaccard = (a: string, b: string) => `(SELECT coalesce(count(*)::float8 / nullif(cardinality(${a}) + cardinality(${b}) - count(*), 0), 0)
    FROM (SELECT unnest(${a}) INTERSECT SELECT unnest(${b})) shared)`;

// Candidates share at least one bigram of subject or content with the case (both GIN-indexed),
// and were received before it (the same day: registered before it).
const SIMILAR_CASES_SQL = `
  WITH candidates AS (
    SELECT p.*, s.state, g.subject_grams, g.content_grams
      FROM read_model.case_grams g
      JOIN read_model.petitions p USING (petition_id)
      JOIN read_model.case_states s USING (petition_id)
     WHERE (g.subject_grams && $2::text[] OR g.content_grams && $3::text[])
       AND g.petition_id <> $1
       AND (p.received_on < $4::date OR (p.received_on = $4::date AND p.registered_at < $5))
  ), measured AS (
    SELECT c.*,
           ${jaccard('c.subject_grams', '$2::text[]')} AS subject_similarity,
           ${jaccard('c.content_grams', '$3::text[]')} AS content_similarity,
           c.category = $6 AS same_category,
           (c.responsible_unit = ANY($7::text[]) OR coalesce(c.handling_unit = ANY($7::text[]), false)) AS same_unit
      FROM candidates c
  ), scored AS (
    SELECT m.*, $8::float8 * (m.subject_similarity + m.content_similarity) / 2 + $9::float8 * m.same_category::int + $10::float8 * m.same_unit::int AS score
      FROM measured m
  )
  SELECT petition_id::text, receipt_number, subject, category, responsible_unit, handling_unit, to_char(received_on, 'YYYY-MM-DD') AS received_on,
         stage, closure_outcome, to_char(closed_on, 'YYYY-MM-DD') AS closed_on, opinion_outcome, rating,
         state #>> '{review,opinion,outcome}' AS review_outcome, state #>> '{finalReview,opinion,outcome}' AS final_review_outcome,
         subject_similarity, content_similarity, same_category, same_unit, score
    FROM scored
   WHERE (subject_similarity + content_similarity) / 2 >= $11::float8 AND score >= $12::float8
   ORDER BY score DESC, received_on DESC, petition_id
   LIMIT $13::int`;

/** 类案推送: earlier cases like this one, most similar first, with how each ended. */
@QueryHandler(FindSimilarCases)
export class FindSimilarCasesHandler implements IQueryHandler<FindSimilarCases> {
  constructor(private readonly database: Database) {}

  async execute({ petitionId, limit, minScore }: FindSimilarCases): Promise<SimilarCasesView> {
    const [target]: TargetRow[] = await this.database.query(
      `SELECT to_char(p.received_on, 'YYYY-MM-DD') AS received_on, p.registered_at, p.category,
              array_remove(ARRAY[p.responsible_unit, p.handling_unit], NULL) AS units, g.subject_grams, g.content_grams
         FROM read_model.petitions p JOIN read_model.case_grams g USING (petition_id)
        WHERE p.petition_id = $1`,
      [petitionId],
    );
    if (!target) throw new NotFoundException(`There is no petition ${petitionId}`);
    const rows: CaseRow[] = await this.database.query(SIMILAR_CASES_SQL, [
      petitionId, target.subject_grams, target.content_grams, target.received_on, target.registered_at, target.category, target.units,
      WEIGHTS.text, WEIGHTS.category, WEIGHTS.unit, MIN_TEXT, minScore, limit,
    ]);
    return { petitionId, items: rows.map(similarCase) };
  }
}

function similarCase(row: CaseRow): SimilarCaseView {
  return {
    petitionId: row.petition_id,
    receiptNumber: row.receipt_number,
    subject: row.subject,
    category: row.category,
    responsibleUnit: row.responsible_unit,
    handlingUnit: row.handling_unit,
    receivedOn: row.received_on,
    outcome: {
      stage: row.stage,
      closureOutcome: row.closure_outcome,
      closedOn: row.closed_on,
      opinionOutcome: row.opinion_outcome,
      reviewOutcome: row.review_outcome,
      finalReviewOutcome: row.final_review_outcome,
      rating: row.rating,
    },
    similarity: {
      score: rounded(row.score),
      text: rounded((row.subject_similarity + row.content_similarity) / 2),
      subject: rounded(row.subject_similarity),
      content: rounded(row.content_similarity),
      sameCategory: row.same_category,
      sameUnit: row.same_unit,
    },
  };
}

function rounded(value: number): number {
  return Math.round(value * 1000) / 1000;
}
