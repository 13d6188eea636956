import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import type { BusinessCalendar } from '@xinfang/calendar';
import { type ExistingPetition, PETITION_STATE_SHAPE, withoutPersonalData } from '@xinfang/petition';
import { inTransaction, lockKeyOf, READ_MODEL_SCHEMA } from '@xinfang/projection-engine';
import type pg from 'pg';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CalendarChanged, CalendarService } from '../../calendar/calendar.service.js';
import { DATABASE_POOL } from '../../database/database.module.js';
import { CaseLoader } from '../../event-codec/case-loader.js';
import { recomputeBacklogChanges } from './backlog-changes.sql.js';
import { clockRows } from './case-rows.js';

const CHUNK = 2_000;

/**
 * Deadlines depend on the working-day calendar; when an administrator changes it, every clock is
 * computed again from the cases' stored state, under the case projection's lock so no batch
 * interleaves. A state another shape stored is not read: `refold` folds that case from its stream.
 */
export async function recalculateClocks(pool: pg.Pool, calendar: BusinessCalendar, refold: (petitionId: string) => Promise<ExistingPetition | undefined>): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [lockKeyOf('cases', READ_MODEL_SCHEMA)]);
    const { rows } = await client.query<{ petition_id: string; shape: number; state: ExistingPetition }>('SELECT petition_id::text, shape, state FROM read_model.case_states');
    await client.query('DELETE FROM read_model.clocks');
    let written = 0;
    for (const row of rows) if (row.shape !== PETITION_STATE_SHAPE) row.state = (await refold(row.petition_id)) ?? row.state;
    for (let start = 0; start < rows.length; start += CHUNK) {
      const clocks = rows.slice(start, start + CHUNK).flatMap((row) => clockRows(row.petition_id, row.state, calendar));
      if (clocks.length === 0) continue;
      await client.query('INSERT INTO read_model.clocks SELECT * FROM jsonb_populate_recordset(NULL::read_model.clocks, $1::jsonb)', [JSON.stringify(clocks)]);
      written += clocks.length;
    }
    // The backlog's overdue counts follow the clocks: its changes are computed again from scratch.
    await recomputeBacklogChanges(client, READ_MODEL_SCHEMA);
    return written;
  });
}

@Injectable()
@EventsHandler(CalendarChanged)
export class ClockRecalculation implements IEventHandler<CalendarChanged> {
  private readonly logger = new Logger('ClockRecalculation');
  private running: Promise<void> = Promise.resolve();

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: pg.Pool,
    private readonly calendar: CalendarService,
    private readonly cases: CaseLoader,
  ) {}

  handle(): void {
    this.running = this.running.then(() => this.recalculate());
  }

  /** Resolves once every calendar change so far has reached the clocks. */
  settled(): Promise<void> {
    return this.running;
  }

  private async refold(petitionId: string): Promise<ExistingPetition | undefined> {
    const { state } = await this.cases.load(petitionId);
    return state.status === 'none' ? undefined : withoutPersonalData(state);
  }

  private async recalculate(): Promise<void> {
    try {
      const written = await recalculateClocks(this.pool, this.calendar.current(), (petitionId) => this.refold(petitionId));
      this.logger.log(`Recomputed ${written} clocks for the changed calendar`);
    } catch (error) {
      this.logger.error(`Recomputing the clocks failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
