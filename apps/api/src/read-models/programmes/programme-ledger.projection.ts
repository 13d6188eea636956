import type { RecordedEvent } from '@xinfang/event-store';
import { petitionIdOf, PETITION_STREAM_PREFIX } from '@xinfang/petition';
import { type Projection, qualified } from '@xinfang/projection-engine';
import type pg from 'pg';
import { upcast } from '../../event-codec/upcasters.js';
import { type LedgerCase, LEDGER_EVENT_TYPES, type LedgerRows, ledgerRows } from './programme-ledger.rows.js';

export const PROGRAMMES_PROJECTION = 'programmes';
const PROGRAMME_TABLES = ['programmes', 'programme_enrolments', 'programme_milestones', 'programme_hearings', 'programme_tasks', 'programme_reclassifications'] as const;

/**
 * The programme ledger's read model, from the programmes' streams and the programme's events on
 * the cases: the few event types it uses are searched for in the log. What it knew of a batch's
 * cases before is read from its own tables; the rows are a pure function (programme-ledger.rows.ts).
 */
export function programmeLedgerProjection(): Projection {
  return {
    name: PROGRAMMES_PROJECTION,
    tables: PROGRAMME_TABLES,
    eventTypes: LEDGER_EVENT_TYPES,
    apply: async (events, tx, schema) => {
      const read = events.map((event: RecordedEvent) => ({ streamId: event.streamId, version: Number(event.version), type: event.type, data: upcast(event) }));
      const petitionIds = [...new Set(events.filter((event) => event.streamId.startsWith(PETITION_STREAM_PREFIX)).map((event) => petitionIdOf(event.streamId)))];
      await writeLedgerRows(tx, schema, ledgerRows(read, await knownCases(tx, schema, petitionIds)));
    },
  };
}

async function knownCases(tx: pg.ClientBase, schema: string, petitionIds: string[]): Promise<Map<string, LedgerCase>> {
  const known = new Map<string, LedgerCase>();
  if (petitionIds.length === 0) return known;
  const caseOf = (id: string) => known.get(id) ?? known.set(id, { hearings: new Map() }).get(id)!;
  const enrolments = await tx.query<{ petition_id: string; seq: number; open: boolean }>(
    `SELECT DISTINCT ON (e.petition_id) e.petition_id, e.seq,
            NOT EXISTS (SELECT 1 FROM ${qualified(schema, 'programme_milestones')} m WHERE m.petition_id = e.petition_id AND m.seq = e.seq AND m.kind = 'signed_off') AS open
       FROM ${qualified(schema, 'programme_enrolments')} e WHERE e.petition_id = ANY ($1::uuid[]) ORDER BY e.petition_id, e.seq DESC`,
    [petitionIds],
  );
  for (const row of enrolments.rows) caseOf(row.petition_id).enrolment = { seq: row.seq, open: row.open };
  const hearings = await tx.query<{ petition_id: string; hearing_id: string; seq: number }>(
    `SELECT petition_id, hearing_id, seq FROM ${qualified(schema, 'programme_hearings')} WHERE petition_id = ANY ($1::uuid[])`,
    [petitionIds],
  );
  for (const row of hearings.rows) caseOf(row.petition_id).hearings.set(row.hearing_id, row.seq);
  return known;
}

async function writeLedgerRows(tx: pg.ClientBase, schema: string, rows: LedgerRows): Promise<void> {
  const insert = async (table: string, values: readonly object[]) => {
    if (values.length === 0) return;
    await tx.query(`INSERT INTO ${qualified(schema, table)} SELECT * FROM jsonb_populate_recordset(NULL::${qualified(schema, table)}, $1::jsonb) ON CONFLICT DO NOTHING`, [JSON.stringify(values)]);
  };
  const programmes = rows.programmes.map(({ programme_id, name, periodFrom, periodTo, criteria, targets, owner, openedOn }) => ({
    programme_id, name, period_from: periodFrom, period_to: periodTo, criteria, targets, owner, opened_on: openedOn,
  }));
  await insert('programmes', programmes);
  await insert('programme_enrolments', rows.enrolments);
  await insert('programme_milestones', rows.milestones);
  await insert('programme_hearings', rows.hearings);
  await insert('programme_tasks', rows.tasks);
  await insert('programme_reclassifications', rows.reclassifications);
  if (rows.completions.length > 0) {
    await tx.query(
      `UPDATE ${qualified(schema, 'programme_tasks')} t SET done_on = c.done_on
         FROM jsonb_to_recordset($1::jsonb) AS c (petition_id uuid, task_id text, done_on date)
        WHERE t.petition_id = c.petition_id AND t.task_id = c.task_id`,
      [JSON.stringify(rows.completions)],
    );
  }
}
