import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each caller's writes in the current minute, counted in PostgreSQL so that every API instance
 * applies one limit together (an in-process count let N instances accept N times the limit).
 * Unlogged: a count that lasts a minute is not worth a WAL record per write, and a crash that
 * forgets it forgives one minute's writes. Asked on every write through a function, whose plan is
 * made once per connection and kept (planned per call, the statement cost half again as much).
 */
export class WriteRateWindows1764590000000 implements MigrationInterface {
  name = 'WriteRateWindows1764590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE write_rate_windows (
        caller text PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        writes integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE FUNCTION write_rate_hit(p_caller text, p_window_seconds integer)
      RETURNS TABLE (writes integer, retry_after integer)
      LANGUAGE plpgsql
      AS $fn$
      BEGIN
        RETURN QUERY
          INSERT INTO write_rate_windows AS w (caller, window_started_at, writes) VALUES (p_caller, now(), 1)
          ON CONFLICT (caller) DO UPDATE SET
            window_started_at = CASE WHEN w.window_started_at <= now() - make_interval(secs => p_window_seconds) THEN now() ELSE w.window_started_at END,
            writes = CASE WHEN w.window_started_at <= now() - make_interval(secs => p_window_seconds) THEN 1 ELSE w.writes + 1 END
          RETURNING w.writes, ceil(extract(epoch FROM w.window_started_at + make_interval(secs => p_window_seconds) - now()))::integer;
      END
      $fn$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION write_rate_hit(text, integer)');
    await queryRunner.query('DROP TABLE write_rate_windows');
  }
}
