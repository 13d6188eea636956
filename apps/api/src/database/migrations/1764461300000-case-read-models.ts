import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The read models fed by the case projection, in schema read_model (a rebuild builds copies beside them). */
export class CaseReadModels1764461300000 implements MigrationInterface {
  name = 'CaseReadModels1764461300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(`
      CREATE TABLE read_model.case_states (
        petition_id uuid PRIMARY KEY,
        version integer NOT NULL,
        state jsonb NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE read_model.petitions (
        petition_id uuid PRIMARY KEY,
        receipt_number text NOT NULL,
        stage text NOT NULL,
        is_open boolean NOT NULL,
        category text NOT NULL,
        channel text NOT NULL,
        responsible_unit text NOT NULL,
        handling_unit text,
        backlog_kinds text[] NOT NULL,
        received_on date NOT NULL,
        registered_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL,
        subject text NOT NULL,
        petitioner_names text NOT NULL,
        search_text text NOT NULL,
        concluded_matter boolean NOT NULL,
        closed_on date,
        closure_outcome text,
        opinion_outcome text,
        rating text,
        rated_on date,
        related_case_ids uuid[] NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query('CREATE INDEX petitions_open_category ON read_model.petitions (category, stage) WHERE is_open');
    await queryRunner.query('CREATE INDEX petitions_unit ON read_model.petitions (responsible_unit)');
    await queryRunner.query('CREATE INDEX petitions_received ON read_model.petitions (received_on, petition_id)');
    await queryRunner.query('CREATE INDEX petitions_kinds ON read_model.petitions USING gin (backlog_kinds)');
    await queryRunner.query('CREATE INDEX petitions_related ON read_model.petitions USING gin (related_case_ids)');
    await queryRunner.query('CREATE INDEX petitions_search ON read_model.petitions USING gin (search_text gin_trgm_ops)');
    await queryRunner.query(`
      CREATE TABLE read_model.stage_periods (
        petition_id uuid NOT NULL,
        seq integer NOT NULL,
        stage text NOT NULL,
        from_on date NOT NULL,
        to_on date,
        PRIMARY KEY (petition_id, seq)
      )`);
    await queryRunner.query('CREATE INDEX stage_periods_span ON read_model.stage_periods (from_on, to_on)');
    await queryRunner.query(`
      CREATE TABLE read_model.clocks (
        petition_id uuid NOT NULL,
        kind text NOT NULL,
        seq integer NOT NULL,
        started_on date NOT NULL,
        deadline date,
        uncovered date,
        stopped_on date,
        extension_days integer,
        resolve_by date,
        pause_days integer,
        category text NOT NULL,
        unit text NOT NULL,
        PRIMARY KEY (petition_id, kind, seq)
      )`);
    await queryRunner.query('CREATE INDEX clocks_deadline ON read_model.clocks (deadline, kind)');
    await queryRunner.query('CREATE INDEX clocks_running ON read_model.clocks (deadline) WHERE stopped_on IS NULL');
    await queryRunner.query(`
      CREATE TABLE read_model.person_keys (
        person_key text NOT NULL,
        petition_id uuid NOT NULL,
        PRIMARY KEY (person_key, petition_id)
      )`);
    await queryRunner.query('CREATE INDEX person_keys_petition ON read_model.person_keys (petition_id)');
    await queryRunner.query(`
      CREATE TABLE read_model.mediations (
        petition_id uuid NOT NULL,
        seq integer NOT NULL,
        started_on date NOT NULL,
        ended_on date,
        outcome text,
        category text NOT NULL,
        unit text NOT NULL,
        PRIMARY KEY (petition_id, seq)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['mediations', 'person_keys', 'clocks', 'stage_periods', 'petitions', 'case_states']) {
      await queryRunner.query(`DROP TABLE read_model.${table}`);
    }
  }
}
