import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { type CalendarOverride, createBusinessCalendar, type OfficialCalendar } from '@xinfang/calendar';
import { Database } from '../database/database.js';

/** Published when an administrator changes the working-day calendar, so deadlines are recomputed. */
export class CalendarChanged {}

const REFRESH_MILLIS = 30_000;

export interface CalendarSnapshot {
  readonly coveredYears: readonly number[];
  readonly declaredYears: readonly { year: number; declaredBy: string; declaredAt: string }[];
  readonly overrides: readonly (CalendarOverride & { changedBy: string; changedAt: string })[];
}

/**
 * The official calendar with the administrators' overrides from PostgreSQL. Reloaded after every
 * change made here and every 30 seconds, so several instances agree within that time.
 */
@Injectable()
export class CalendarService implements OnModuleInit, OnModuleDestroy {
  private calendar: OfficialCalendar = createBusinessCalendar();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly database: Database,
    private readonly eventBus: EventBus,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
    this.timer = setInterval(() => void this.reload().catch(() => undefined), REFRESH_MILLIS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  current(): OfficialCalendar {
    return this.calendar;
  }

  async snapshot(): Promise<CalendarSnapshot> {
    const overrides: { date: string; kind: CalendarOverride['kind']; note: string | null; changed_by: string; changed_at: Date }[] = await this.database.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, note, changed_by, changed_at FROM calendar_overrides ORDER BY date`,
    );
    const years: { year: number; declared_by: string; declared_at: Date }[] = await this.database.query('SELECT year, declared_by, declared_at FROM calendar_covered_years ORDER BY year');
    return {
      coveredYears: this.calendar.coveredYears,
      declaredYears: years.map((row) => ({ year: row.year, declaredBy: row.declared_by, declaredAt: row.declared_at.toISOString() })),
      overrides: overrides.map((row) => ({ date: row.date, kind: row.kind, ...(row.note ? { note: row.note } : {}), changedBy: row.changed_by, changedAt: row.changed_at.toISOString() })),
    };
  }

  async setOverride(override: CalendarOverride, changedBy: string): Promise<void> {
    await this.database.query(
      `INSERT INTO calendar_overrides (date, kind, note, changed_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (date) DO UPDATE SET kind = EXCLUDED.kind, note = EXCLUDED.note, changed_by = EXCLUDED.changed_by, changed_at = now()`,
      [override.date, override.kind, override.note ?? null, changedBy],
    );
    await this.changed();
  }

  async removeOverride(date: string): Promise<boolean> {
    const removed = await this.database.execute('DELETE FROM calendar_overrides WHERE date = $1', [date]);
    if (removed > 0) await this.changed();
    return removed > 0;
  }

  async declareYear(year: number, declaredBy: string): Promise<void> {
    await this.database.query('INSERT INTO calendar_covered_years (year, declared_by) VALUES ($1, $2) ON CONFLICT (year) DO NOTHING', [year, declaredBy]);
    await this.changed();
  }

  async withdrawYear(year: number): Promise<boolean> {
    const removed = await this.database.execute('DELETE FROM calendar_covered_years WHERE year = $1', [year]);
    if (removed > 0) await this.changed();
    return removed > 0;
  }

  private async changed(): Promise<void> {
    await this.reload();
    this.eventBus.publish(new CalendarChanged());
  }

  private async reload(): Promise<void> {
    this.calendar = await loadCalendar(this.database);
  }
}

/** The official calendar with the overrides and declared years stored in PostgreSQL. */
export async function loadCalendar(db: Pick<Database, 'query'>): Promise<OfficialCalendar> {
  const overrides: CalendarOverride[] = await db.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM calendar_overrides`);
  const years: { year: number }[] = await db.query('SELECT year FROM calendar_covered_years');
  return createBusinessCalendar({ overrides, extraCoveredYears: years.map((row) => row.year) });
}
