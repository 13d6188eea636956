import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A clock's parameters (an extension's days, a resolve-by date, a hearing pause) in one column,
 * named as the clock catalogue names them, instead of a column per kind; and the shape of the
 * state each case snapshot was folded in (PETITION_STATE_SHAPE, 1 for every snapshot so far).
 */
export class ClockParams1764520000000 implements MigrationInterface {
  name = 'ClockParams1764520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE read_model.clocks ADD COLUMN params jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      UPDATE read_model.clocks SET params = jsonb_strip_nulls(jsonb_build_object(
        'extensionDays', extension_days, 'resolveBy', to_char(resolve_by, 'YYYY-MM-DD'), 'hearingPauseDays', pause_days))`);
    await queryRunner.query('ALTER TABLE read_model.clocks ALTER COLUMN params DROP DEFAULT');
    await queryRunner.query('ALTER TABLE read_model.clocks DROP COLUMN extension_days, DROP COLUMN resolve_by, DROP COLUMN pause_days');
    await queryRunner.query('ALTER TABLE read_model.case_states ADD COLUMN shape integer NOT NULL DEFAULT 1');
    await queryRunner.query('ALTER TABLE read_model.case_states ALTER COLUMN shape DROP DEFAULT');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE read_model.case_states DROP COLUMN shape');
    await queryRunner.query('ALTER TABLE read_model.clocks ADD COLUMN extension_days integer, ADD COLUMN resolve_by date, ADD COLUMN pause_days integer');
    await queryRunner.query(`
      UPDATE read_model.clocks SET extension_days = (params->>'extensionDays')::integer, resolve_by = (params->>'resolveBy')::date,
        pause_days = (params->>'hearingPauseDays')::integer`);
    await queryRunner.query('ALTER TABLE read_model.clocks DROP COLUMN params');
  }
}
