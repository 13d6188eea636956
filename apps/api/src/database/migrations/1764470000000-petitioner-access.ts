import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the petitioner's self-service lookup needs: failed-code counters shared by every instance
 * (per receipt number and per client address, in fixed windows), and the case list indexed by
 * receipt number. A rebuild copies the read model's indexes with its tables.
 */
export class PetitionerAccess1764470000000 implements MigrationInterface {
  name = 'PetitionerAccess1764470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE petitioner_access_failures (
        scope text NOT NULL CHECK (scope IN ('receipt', 'address')),
        key text NOT NULL,
        window_started_at timestamptz NOT NULL,
        failures integer NOT NULL,
        PRIMARY KEY (scope, key)
      )`);
    await queryRunner.query('CREATE INDEX petitioner_access_failures_window ON petitioner_access_failures (window_started_at)');
    await queryRunner.query('CREATE INDEX petitions_receipt_number ON read_model.petitions (receipt_number)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX read_model.petitions_receipt_number');
    await queryRunner.query('DROP TABLE petitioner_access_failures');
  }
}
