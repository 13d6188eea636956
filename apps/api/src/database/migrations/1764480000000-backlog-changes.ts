import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The backlog as changes per day and per month (see backlog-changes.sql.ts), so GET /backlog no
 * longer passes over every open case.
 */
export class BacklogChanges1764480000000 implements MigrationInterface {
  name = 'BacklogChanges1764480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, day] of [['backlog_changes', 'on_date'], ['backlog_month_changes', 'month']] as const) {
      await queryRunner.query(`
        CREATE TABLE read_model.${table} (
          ${day} date NOT NULL,
          category text NOT NULL,
          stage text NOT NULL,
          backlog_kind text NOT NULL,
          age_bucket text NOT NULL,
          open integer NOT NULL,
          overdue integer NOT NULL,
          PRIMARY KEY (${day}, category, stage, backlog_kind, age_bucket)
        )`);
      // Finds the rows a batch brought back to zero without reading the whole table.
      await queryRunner.query(`CREATE INDEX ${table}_empty ON read_model.${table} (${day}) WHERE open = 0 AND overdue = 0`);
    }
    // Filled by BacklogLevels1764500000000, which adds the other levels the same code writes to.
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE read_model.backlog_month_changes');
    await queryRunner.query('DROP TABLE read_model.backlog_changes');
  }
}
