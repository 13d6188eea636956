import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The deadlines list reads clocks in deadline order; these let it stop after one page. */
export class ClockDeadlineOrder1764470200000 implements MigrationInterface {
  name = 'ClockDeadlineOrder1764470200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX clocks_in_deadline_order ON read_model.clocks ((coalesce(deadline, uncovered)), petition_id, kind, seq)');
    await queryRunner.query('CREATE INDEX clocks_running_in_deadline_order ON read_model.clocks (deadline, petition_id, kind, seq) WHERE stopped_on IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX read_model.clocks_running_in_deadline_order');
    await queryRunner.query('DROP INDEX read_model.clocks_in_deadline_order');
  }
}
