import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supervision register's read model, filled by the `supervisions` projection: each supervision
 * (督查督办) of a case with its unit and subject; each of its levels (rounds), keyed by the version of
 * the event that started it (the issue or an escalation), with the answer-by date and the unit's
 * answer; and the leader who owns each case (包案). Every row carries its business dates, so the
 * register and the monthly overdue report can be asked as of any day.
 */
export class SupervisionRegister1764600000000 implements MigrationInterface {
  name = 'SupervisionRegister1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE read_model.supervisions (
        petition_id uuid NOT NULL,
        supervision_id text NOT NULL,
        unit text NOT NULL,
        subject text NOT NULL,
        issued_on date NOT NULL,
        PRIMARY KEY (petition_id, supervision_id)
      )`);
    await queryRunner.query('CREATE INDEX supervisions_unit ON read_model.supervisions (unit, issued_on)');
    await queryRunner.query(`
      CREATE TABLE read_model.supervision_rounds (
        petition_id uuid NOT NULL,
        supervision_id text NOT NULL,
        version integer NOT NULL,
        level text NOT NULL,
        from_on date NOT NULL,
        answer_by date NOT NULL,
        answered_on date,
        PRIMARY KEY (petition_id, supervision_id, version)
      )`);
    await queryRunner.query('CREATE INDEX supervision_rounds_answered ON read_model.supervision_rounds (answered_on) WHERE answered_on IS NOT NULL');
    await queryRunner.query(`
      CREATE TABLE read_model.case_owners (
        petition_id uuid PRIMARY KEY,
        leader_id text NOT NULL,
        leader_name text NOT NULL,
        post text NOT NULL,
        from_on date NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX case_owners_leader ON read_model.case_owners (leader_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['case_owners', 'supervision_rounds', 'supervisions']) await queryRunner.query(`DROP TABLE read_model.${table}`);
  }
}
