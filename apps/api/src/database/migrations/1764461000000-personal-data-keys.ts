import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonalDataKeys1764461000000 implements MigrationInterface {
  name = 'PersonalDataKeys1764461000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE personal_data_keys (
        subject uuid PRIMARY KEY,
        wrapped_key bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz,
        erased_by text,
        erasure_reason text,
        CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE personal_data_keys');
  }
}
