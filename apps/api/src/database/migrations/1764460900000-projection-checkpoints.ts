import { CHECKPOINTS_DDL, READ_MODEL_SCHEMA } from '@xinfang/projection-engine';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectionCheckpoints1764460900000 implements MigrationInterface {
  name = 'ProjectionCheckpoints1764460900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(CHECKPOINTS_DDL);
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS ${READ_MODEL_SCHEMA}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS ${READ_MODEL_SCHEMA} CASCADE`);
    await queryRunner.query('DROP SCHEMA IF EXISTS projection CASCADE');
  }
}
