import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bytes of the case file (attachments and issued PDFs), outside the event log, addressed by
 * the SHA-256 of the plain bytes and the data subject whose key seals them (none: kept plain), so
 * the same file stored twice for one subject is one row. Stored EXTERNAL: PDFs and images do not
 * compress, and PostgreSQL need not try. A row never changes once written.
 */
export class CaseFileContents1764540000000 implements MigrationInterface {
  name = 'CaseFileContents1764540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_file_contents (
        sha256 bytea NOT NULL CHECK (octet_length(sha256) = 32),
        sealed_for uuid,
        content bytea NOT NULL,
        size bigint NOT NULL CHECK (size > 0),
        stored_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_file_contents_address UNIQUE NULLS NOT DISTINCT (sha256, sealed_for)
      )`);
    await queryRunner.query('ALTER TABLE case_file_contents ALTER COLUMN content SET STORAGE EXTERNAL');
    await queryRunner.query(`
      CREATE FUNCTION refuse_case_file_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'case_file_contents are content-addressed: UPDATE refused' USING ERRCODE = 'P0001';
      END $$`);
    await queryRunner.query('CREATE TRIGGER case_file_contents_immutable BEFORE UPDATE ON case_file_contents FOR EACH ROW EXECUTE FUNCTION refuse_case_file_content_change()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE case_file_contents');
    await queryRunner.query('DROP FUNCTION refuse_case_file_content_change()');
  }
}
