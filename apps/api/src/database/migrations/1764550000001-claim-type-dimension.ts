import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = [
  ['backlog_changes', 'on_date'],
  ['backlog_dekad_changes', 'dekad'],
  ['backlog_month_changes', 'month'],
  ['backlog_year_changes', 'year'],
] as const;

/** The case read models the projection writes (read-models/cases/case.projection.ts, CASE_TABLES). */
const CASE_TABLES = ['case_states', 'petitions', 'stage_periods', 'clocks', 'person_keys', 'mediations', ...LEVELS.map(([table]) => table)];

/**
 * The backlog gains the claim type as a dimension (依法分类处理). Its changes are derived from the
 * case rows, which gained the claim type and the unit a case is with (UnitRegister1764550000000):
 * the case read models are emptied and the projection replays the log from its first event when the
 * service next starts, rather than computing them here with code that changes after this migration.
 */
export class ClaimTypeDimension1764550000001 implements MigrationInterface {
  name = 'ClaimTypeDimension1764550000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, period] of LEVELS) {
      await queryRunner.query(`DROP TABLE read_model.${table}`);
      await queryRunner.query(`
        CREATE TABLE read_model.${table} (
          ${period} date NOT NULL,
          category text NOT NULL,
          claim_type text NOT NULL,
          stage text NOT NULL,
          backlog_kind text NOT NULL,
          age_bucket text NOT NULL,
          open integer NOT NULL,
          overdue integer NOT NULL,
          PRIMARY KEY (${period}, category, claim_type, stage, backlog_kind, age_bucket)
        )`);
      await queryRunner.query(`CREATE INDEX ${table}_empty ON read_model.${table} (${period}) WHERE open = 0 AND overdue = 0`);
    }
    await queryRunner.query(`TRUNCATE ${CASE_TABLES.map((table) => `read_model.${table}`).join(', ')}`);
    await queryRunner.query(`DELETE FROM projection.checkpoints WHERE projection = 'cases' AND target_schema = 'read_model'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, period] of LEVELS) {
      await queryRunner.query(`DROP TABLE read_model.${table}`);
      await queryRunner.query(`
        CREATE TABLE read_model.${table} (
          ${period} date NOT NULL, category text NOT NULL, stage text NOT NULL, backlog_kind text NOT NULL, age_bucket text NOT NULL,
          open integer NOT NULL, overdue integer NOT NULL, PRIMARY KEY (${period}, category, stage, backlog_kind, age_bucket)
        )`);
    }
    await queryRunner.query(`TRUNCATE ${CASE_TABLES.map((table) => `read_model.${table}`).join(', ')}`);
    await queryRunner.query(`DELETE FROM projection.checkpoints WHERE projection = 'cases' AND target_schema = 'read_model'`);
  }
}
