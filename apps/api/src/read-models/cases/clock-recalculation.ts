import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import type { BusinessCalendar } from '@xinfang/calendar';
import type { ExistingPetition } from '@xinfang/petition';
import { inTransaction, lockKeyOf, READ_MODEL_SCHEMA } from '@xinfang/projection-engine';
import type pg from 'pg';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CalendarChanged, CalendarService } from '../../calendar/calendar.service.js';
import { READ_MODEL_POOL } from '../../projections/projections.token.js';
import { recomputeBacklogChanges } from './backlog-changes.sql.js';
import { clockRows } from './case-rows.js';

const CHUNK = 2_000;

/**
 * Deadlines depend on the working-day calendar; when an administrator changes it, every clock is
 * computed again from the cases' stored state, under the case projection's lock so no batch
 * interleaves.
 */
export async function recalculateClocks(pool: pg.Pool, calendar: BusinessCalendar): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [lockKeyOf('cases', READ_MODEL_SCHEMA)]);
    const { rows } = await client.query<{ petition_id: string; state: ExistingPetition }>('SELECT petition_id::text, state FROM read_model.case_states');
    await client.query('DELETE FROM read_model.clocks');
    let written = 0;
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
    @Inject(READ_MODEL_POOL) private readonly pool: pg.Pool,
    private readonly calendar: CalendarService,
  ) {}

  handle(): void {
    this.running = this.running.then(() => this.recalculate());
  }

  /** Resolves once every calendar change so far has reached the clocks. */
  settled(): Promise<void> {
    return this.running;
  }

  private async recalculate(): Promise<void> {
    try {
      const written = await recalculateClocks(this.pool, this.calendar.current());
      this.logger.log(`Recomputed ${written} clocks for the changed calendar`);
    } catch (error) {
      this.logger.error(`Recomputing the clocks failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
