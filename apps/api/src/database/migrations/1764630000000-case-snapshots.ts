import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The write side's snapshots of case histories: the latest per case, the state as `json` (kept as
 * written, keys in their order), the steps GET /petitions/{id} lists, the data subjects whose
 * personal data the state holds and the first event ids of keyed requests it covers.
 */
export class CaseSnapshots1764630000000 implements MigrationInterface {
  name = 'CaseSnapshots1764630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_snapshots (
        petition_id uuid PRIMARY KEY,
        version integer NOT NULL,
        shape integer NOT NULL,
        last_event_id text NOT NULL,
        position text NOT NULL,
        state json NOT NULL,
        steps json NOT NULL,
        subjects uuid[] NOT NULL,
        keyed_event_ids text[] NOT NULL,
        written_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE case_snapshots');
  }
}
