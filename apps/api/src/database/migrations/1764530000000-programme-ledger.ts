import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme ledger's read model, filled by the `programmes` projection: the programmes; each
 * enrolment of a case (its place among the case's enrolments, `seq`) with the category, reason,
 * track and owning leader it was enrolled under; the dated milestones of each enrolment (heard,
 * resolved, rebounded, signed off), ordered within a day by the case's stream version; the
 * hearings held in a programme; the tasks of their plans; and the later reclassifications of an
 * enrolled case. Every row carries its business date, so the ledger can be asked as of any day.
 */
export class ProgrammeLedger1764530000000 implements MigrationInterface {
  name = 'ProgrammeLedger1764530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE read_model.programmes (
        programme_id uuid PRIMARY KEY,
        name text NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        criteria text NOT NULL,
        targets jsonb NOT NULL,
        owner text NOT NULL,
        opened_on date NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE read_model.programme_enrolments (
        petition_id uuid NOT NULL,
        seq integer NOT NULL,
        version integer NOT NULL,
        programme_id uuid NOT NULL,
        enrolled_on date NOT NULL,
        category text NOT NULL,
        reason text NOT NULL,
        track text NOT NULL,
        owning_leader text NOT NULL,
        target_date date NOT NULL,
        PRIMARY KEY (petition_id, seq)
      )`);
    await queryRunner.query('CREATE INDEX programme_enrolments_programme ON read_model.programme_enrolments (programme_id, enrolled_on)');
    await queryRunner.query(`
      CREATE TABLE read_model.programme_milestones (
        petition_id uuid NOT NULL,
        version integer NOT NULL,
        seq integer NOT NULL,
        kind text NOT NULL,
        on_date date NOT NULL,
        PRIMARY KEY (petition_id, version)
      )`);
    await queryRunner.query('CREATE INDEX programme_milestones_enrolment ON read_model.programme_milestones (petition_id, seq, kind, on_date)');
    await queryRunner.query(`
      CREATE TABLE read_model.programme_hearings (
        petition_id uuid NOT NULL,
        hearing_id text NOT NULL,
        seq integer NOT NULL,
        PRIMARY KEY (petition_id, hearing_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE read_model.programme_tasks (
        petition_id uuid NOT NULL,
        task_id text NOT NULL,
        seq integer NOT NULL,
        owner_unit text NOT NULL,
        set_on date NOT NULL,
        due_on date NOT NULL,
        done_on date,
        PRIMARY KEY (petition_id, task_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE read_model.programme_reclassifications (
        petition_id uuid NOT NULL,
        version integer NOT NULL,
        reclassified_on date NOT NULL,
        category text NOT NULL,
        PRIMARY KEY (petition_id, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['programme_reclassifications', 'programme_tasks', 'programme_hearings', 'programme_milestones', 'programme_enrolments', 'programmes']) {
      await queryRunner.query(`DROP TABLE read_model.${table}`);
    }
  }
}
