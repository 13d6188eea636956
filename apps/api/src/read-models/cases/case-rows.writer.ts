import { PETITION_STATE_SHAPE } from '@xinfang/petition';
import { qualified } from '@xinfang/projection-engine';
import type pg from 'pg';
import { applyBacklogChangesSql, dropEmptyBacklogChangesSql } from './backlog-changes.sql.js';
import type { CaseRows } from './case-projection.rows.js';

export interface WriteScope {
  /** A bulk rebuild into fresh tables: the backlog's changes are left to its end. */
  readonly bulk: boolean;
  /** The cases that may have rows already (in a bulk rebuild, those it wrote before). */
  readonly stored: readonly string[];
  /** Cases folded again from their first event: their stage history is replaced whole. */
  readonly refolded: readonly string[];
}

/** Each table written with one statement per batch: rows travel as one JSON array. */
export async function writeCaseRows(tx: pg.ClientBase, schema: string, rows: CaseRows, { bulk, stored, refolded }: WriteScope): Promise<void> {
  const table = (name: string) => qualified(schema, name);
  const touched = rows.states.map((row) => row.petition_id);
  // The backlog's changes: the cases' old contributions out before their rows change, new ones in
  // after (a bulk rebuild leaves them to `completeBulk`). Planned for a few hundred cases, these
  // statements never repay JIT compilation (~1 s).
  const backlog = touched.length > 0 && !bulk;
  if (backlog) {
    await tx.query('SET LOCAL jit = off');
    await tx.query(applyBacklogChangesSql(schema, -1), [touched]);
  }
  if (rows.states.length > 0) {
    await tx.query(
      `INSERT INTO ${table('case_states')} (petition_id, version, shape, state)
       SELECT petition_id, version, $2, state FROM jsonb_to_recordset($1::jsonb) AS x(petition_id uuid, version integer, state jsonb)
       ON CONFLICT (petition_id) DO UPDATE SET version = EXCLUDED.version, shape = EXCLUDED.shape, state = EXCLUDED.state`,
      [JSON.stringify(rows.states), PETITION_STATE_SHAPE],
    );
    await tx.query(
      `INSERT INTO ${table('petitions')}
       SELECT * FROM jsonb_populate_recordset(NULL::${table('petitions')}, $1::jsonb)
       ON CONFLICT (petition_id) DO UPDATE SET
         stage = EXCLUDED.stage, is_open = EXCLUDED.is_open, category = EXCLUDED.category, handling_unit = EXCLUDED.handling_unit,
         backlog_kinds = EXCLUDED.backlog_kinds, updated_at = EXCLUDED.updated_at, version = EXCLUDED.version,
         concluded_matter = EXCLUDED.concluded_matter, closed_on = EXCLUDED.closed_on, closure_outcome = EXCLUDED.closure_outcome,
         opinion_outcome = EXCLUDED.opinion_outcome, rating = EXCLUDED.rating, rated_on = EXCLUDED.rated_on,
         related_case_ids = EXCLUDED.related_case_ids, search_text = EXCLUDED.search_text, handed_to = EXCLUDED.handed_to, claim_type = EXCLUDED.claim_type`,
      [JSON.stringify(rows.petitions)],
    );
    // A case's clocks and mediations are written whole: those of cases with rows already go first.
    const replaced = bulk ? stored : touched;
    if (replaced.length > 0) {
      await tx.query(`DELETE FROM ${table('clocks')} WHERE petition_id = ANY($1::uuid[])`, [replaced]);
      await tx.query(`DELETE FROM ${table('mediations')} WHERE petition_id = ANY($1::uuid[])`, [replaced]);
    }
  }
  if (refolded.length > 0) await tx.query(`DELETE FROM ${table('stage_periods')} WHERE petition_id = ANY($1::uuid[])`, [refolded]);
  if (rows.closePeriods.length > 0) {
    await tx.query(
      `UPDATE ${table('stage_periods')} p SET to_on = x.to_on FROM jsonb_to_recordset($1::jsonb) AS x(petition_id uuid, seq integer, to_on date)
        WHERE p.petition_id = x.petition_id AND p.seq = x.seq`,
      [JSON.stringify(rows.closePeriods)],
    );
  }
  if (rows.periods.length > 0) {
    await tx.query(
      `INSERT INTO ${table('stage_periods')} (petition_id, seq, stage, from_on, to_on)
       SELECT petition_id, seq, stage, from_on, to_on FROM jsonb_to_recordset($1::jsonb) AS x(petition_id uuid, seq integer, stage text, from_on date, to_on date)`,
      [JSON.stringify(rows.periods)],
    );
  }
  if (rows.clocks.length > 0) await tx.query(`INSERT INTO ${table('clocks')} SELECT * FROM jsonb_populate_recordset(NULL::${table('clocks')}, $1::jsonb)`, [JSON.stringify(rows.clocks)]);
  if (rows.mediations.length > 0) await tx.query(`INSERT INTO ${table('mediations')} SELECT * FROM jsonb_populate_recordset(NULL::${table('mediations')}, $1::jsonb)`, [JSON.stringify(rows.mediations)]);
  if (rows.personKeys.length > 0) {
    await tx.query(`INSERT INTO ${table('person_keys')} SELECT * FROM jsonb_populate_recordset(NULL::${table('person_keys')}, $1::jsonb) ON CONFLICT DO NOTHING`, [JSON.stringify(rows.personKeys)]);
  }
  if (rows.erased.length > 0) await tx.query(`DELETE FROM ${table('person_keys')} WHERE petition_id = ANY($1::uuid[])`, [rows.erased]);
  if (backlog) {
    await tx.query(applyBacklogChangesSql(schema, 1), [touched]);
    await tx.query(dropEmptyBacklogChangesSql(schema));
  }
}
