import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in for the workbench: the built-in user directory with its append-only change log,
 * failed sign-ins counted per login name, server-side sessions (shared by every instance, so that
 * signing out or disabling a user takes effect everywhere at once) and single sign-on transactions.
 * Session and transaction ids are stored as SHA-256 digests: reading the table gives no session.
 */
export class UserDirectoryAndSessions1764570000000 implements MigrationInterface {
  name = 'UserDirectoryAndSessions1764570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE directory_users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        login text NOT NULL UNIQUE,
        name text NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        unit text,
        panel_name text,
        panel_may_chair boolean NOT NULL DEFAULT false,
        password_hash text NOT NULL,
        must_change_password boolean NOT NULL DEFAULT true,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (('unit' = ANY(roles)) = (unit IS NOT NULL)),
        CHECK (('panel' = ANY(roles)) = (panel_name IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE directory_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id text NOT NULL,
        actor_name text NOT NULL,
        user_id uuid NOT NULL REFERENCES directory_users (id),
        change text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await queryRunner.query('CREATE INDEX directory_changes_user ON directory_changes (user_id, changed_at)');
    await queryRunner.query(`
      CREATE FUNCTION refuse_directory_change_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'directory_changes is append-only: % refused', TG_OP USING ERRCODE = 'P0001';
      END $$`);
    await queryRunner.query('CREATE TRIGGER directory_changes_append_only BEFORE UPDATE OR DELETE ON directory_changes FOR EACH ROW EXECUTE FUNCTION refuse_directory_change_rewrite()');
    await queryRunner.query('CREATE TRIGGER directory_changes_no_truncate BEFORE TRUNCATE ON directory_changes FOR EACH STATEMENT EXECUTE FUNCTION refuse_directory_change_rewrite()');
    await queryRunner.query(`
      CREATE TABLE sign_in_failures (
        login text PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        failures integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE sessions (
        id_digest bytea PRIMARY KEY,
        user_id uuid REFERENCES directory_users (id),
        principal jsonb,
        method text NOT NULL CHECK (method IN ('password', 'oidc')),
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CHECK ((user_id IS NULL) <> (principal IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX sessions_user ON sessions (user_id)');
    await queryRunner.query('CREATE INDEX sessions_expiry ON sessions (expires_at)');
    await queryRunner.query(`
      CREATE TABLE oidc_sign_ins (
        id_digest bytea PRIMARY KEY,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE oidc_sign_ins');
    await queryRunner.query('DROP TABLE sessions');
    await queryRunner.query('DROP TABLE sign_in_failures');
    await queryRunner.query('DROP TABLE directory_changes');
    await queryRunner.query('DROP FUNCTION refuse_directory_change_rewrite()');
    await queryRunner.query('DROP TABLE directory_users');
  }
}
