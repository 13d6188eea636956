import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditAccessLog1764461200000 implements MigrationInterface {
  name = 'AuditAccessLog1764461200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_access_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        accessed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id text NOT NULL,
        actor_name text NOT NULL,
        actor_role text NOT NULL,
        petition_id uuid NOT NULL,
        what text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await queryRunner.query('CREATE INDEX audit_access_log_petition ON audit_access_log (petition_id, accessed_at)');
    await queryRunner.query('CREATE INDEX audit_access_log_actor ON audit_access_log (actor_id, accessed_at)');
    await queryRunner.query(`
      CREATE FUNCTION refuse_access_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_access_log is append-only: % refused', TG_OP USING ERRCODE = 'P0001';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_access_log_append_only BEFORE UPDATE OR DELETE ON audit_access_log FOR EACH ROW EXECUTE FUNCTION refuse_access_log_change()`);
    await queryRunner.query(`CREATE TRIGGER audit_access_log_no_truncate BEFORE TRUNCATE ON audit_access_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_access_log_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_access_log');
    await queryRunner.query('DROP FUNCTION refuse_access_log_change()');
  }
}
