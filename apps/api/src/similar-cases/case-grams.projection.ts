import { PETITION_STREAM_PREFIX } from '@xinfang/petition';
import type { RecordedEvent } from '@xinfang/event-store';
import { type Projection, qualified } from '@xinfang/projection-engine';
import type pg from 'pg';
import { upcast } from '../event-codec/upcasters.js';
import { textGrams } from './text-grams.js';

export const SIMILAR_CASES_PROJECTION = 'similar_cases';
const CASE_GRAMS_TABLES = ['case_grams'] as const;

/**
 * The text features of each case for 类案推送, written once from its registration: the subject,
 * content and demands never change afterwards (reclassification changes only the category, which
 * the query reads from read_model.petitions). Replays insert nothing twice.
 */
export function caseGramsProjection(): Projection {
  return {
    name: SIMILAR_CASES_PROJECTION,
    tables: CASE_GRAMS_TABLES,
    streamPrefix: PETITION_STREAM_PREFIX,
    // One event in eight or nine: the store searches for them rather than sending the whole log.
    eventTypes: ['PetitionRegistered'],
    apply: (events, tx, schema) => writeGrams(events, tx, schema),
  };
}

async function writeGrams(events: readonly RecordedEvent[], tx: pg.ClientBase, schema: string): Promise<void> {
  const rows = events
    .filter((event) => event.type === 'PetitionRegistered')
    .map((event) => {
      const facts = upcast(event) as { subject: string; content: string; demands: string };
      return {
        petition_id: event.streamId.slice(PETITION_STREAM_PREFIX.length),
        subject_grams: textGrams(facts.subject),
        content_grams: textGrams(`${facts.content}\n${facts.demands}`),
      };
    });
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO ${qualified(schema, 'case_grams')} SELECT * FROM jsonb_populate_recordset(NULL::${qualified(schema, 'case_grams')}, $1::jsonb)
     ON CONFLICT (petition_id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}
