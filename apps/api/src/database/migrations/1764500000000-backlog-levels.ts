import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The backlog's changes per dekad (旬) and per year beside those per day and per month, so that the
 * backlog as of a date sums at most ten days' and a year's worth of month rows (see
 * backlog-changes.sql.ts). It filled them from the case tables when it first ran; that fill called
 * the read side's code, which has since changed its columns, so it is left to
 * ClaimTypeDimension1764550000001, which has the case projection replay the log.
 */
export class BacklogLevels1764500000000 implements MigrationInterface {
  name = 'BacklogLevels1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, period] of [['backlog_dekad_changes', 'dekad'], ['backlog_year_changes', 'year']] as const) {
      await queryRunner.query(`
        CREATE TABLE read_model.${table} (
          ${period} date NOT NULL,
          category text NOT NULL,
          stage text NOT NULL,
          backlog_kind text NOT NULL,
          age_bucket text NOT NULL,
          open integer NOT NULL,
          overdue integer NOT NULL,
          PRIMARY KEY (${period}, category, stage, backlog_kind, age_bucket)
        )`);
      await queryRunner.query(`CREATE INDEX ${table}_empty ON read_model.${table} (${period}) WHERE open = 0 AND overdue = 0`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE read_model.backlog_year_changes');
    await queryRunner.query('DROP TABLE read_model.backlog_dekad_changes');
  }
}
