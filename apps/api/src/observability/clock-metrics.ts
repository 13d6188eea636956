import { Inject, Injectable } from '@nestjs/common';
import { shanghaiDate } from '@xinfang/petition';
import { Gauge, type Registry } from 'prom-client';
import { Database } from '../database/database.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { clockRunningSql, clockStateSql, DUTY_CLOCK_KINDS_SQL } from '../read-models/cases/clock-state.sql.js';
import { METRICS_REGISTRY } from './metrics-registry.js';

/**
 * The statutory clocks running today (Asia/Shanghai) by kind and state, counted at scrape time from
 * the read model: what an alert on overdue work watches. Clocks met or missed are history, which
 * `GET /stats` reports.
 */
@Injectable()
export class ClockMetrics {
  constructor(@Inject(METRICS_REGISTRY) registry: Registry, database: Database, @Inject(APP_CONFIG) config: AppConfig) {
    new Gauge({
      name: 'xinfang_clocks_running',
      help: 'Duty clocks running today by kind and state: open, due_soon, overdue, or uncovered (beyond the calendar); a right’s window is never a duty',
      labelNames: ['kind', 'state'] as const,
      registers: [registry],
      async collect() {
        // Without the database the gauge is left empty rather than failing the whole scrape.
        const rows = await database
          .query<{ kind: string; state: string; clocks: number }>(
            `SELECT kind, state, count(*)::int AS clocks
               FROM (SELECT c.kind, ${clockStateSql('$1::date', '$2::int')} AS state
                       FROM read_model.clocks c
                      WHERE c.kind IN ${DUTY_CLOCK_KINDS_SQL} AND c.started_on <= $1::date AND ${clockRunningSql('$1::date')}) running
              GROUP BY kind, state`,
            [shanghaiDate(new Date()), config.dueSoonDays],
          )
          .catch(() => []);
        this.reset();
        for (const row of rows) this.set({ kind: row.kind, state: row.state }, row.clocks);
      },
    });
  }
}
