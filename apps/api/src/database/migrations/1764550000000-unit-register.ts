import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unit register's read model, and what the case list needs of units and legal routes: the unit
 * a case is with now (`handed_to`: its current handover's, or its handling unit's, as the case names
 * it) and the claim type (依法分类处理). Cases projected before fill these when refolded
 * (PETITION_STATE_SHAPE 2) or rebuilt.
 */
export class UnitRegister1764550000000 implements MigrationInterface {
  name = 'UnitRegister1764550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE read_model.units (
        code text PRIMARY KEY,
        name text NOT NULL,
        level text NOT NULL,
        parent text,
        version integer NOT NULL,
        defined_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX units_name ON read_model.units (name)');
    await queryRunner.query('ALTER TABLE read_model.petitions ADD COLUMN handed_to text, ADD COLUMN claim_type text');
    await queryRunner.query('CREATE INDEX petitions_handed_to ON read_model.petitions (handed_to) WHERE handed_to IS NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE read_model.petitions DROP COLUMN handed_to, DROP COLUMN claim_type');
    await queryRunner.query('DROP TABLE read_model.units');
  }
}
