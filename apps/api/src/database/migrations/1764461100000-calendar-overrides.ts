import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarOverrides1764461100000 implements MigrationInterface {
  name = 'CalendarOverrides1764461100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_overrides (
        date date PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('working_day', 'rest_day')),
        note text,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE calendar_covered_years (
        year integer PRIMARY KEY CHECK (year BETWEEN 1949 AND 2200),
        declared_by text NOT NULL,
        declared_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE calendar_covered_years');
    await queryRunner.query('DROP TABLE calendar_overrides');
  }
}
