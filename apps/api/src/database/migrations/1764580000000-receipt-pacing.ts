import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public lookup stops locking a receipt number for 15 minutes after 5 wrong codes (anyone who
 * knew the number could lock its petitioner out): failures lock the client address only, and a
 * receipt's wrong codes are paced instead, one slot per interval after a few free ones. The pace is
 * kept per receipt under a keyed fingerprint, so the table names no receipt number.
 */
export class ReceiptPacing1764580000000 implements MigrationInterface {
  name = 'ReceiptPacing1764580000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE petitioner_receipt_pacing (
        receipt_fingerprint text PRIMARY KEY,
        paced_until timestamptz NOT NULL,
        refused boolean NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX petitioner_receipt_pacing_until ON petitioner_receipt_pacing (paced_until)');
    await queryRunner.query(`DELETE FROM petitioner_access_failures WHERE scope <> 'address'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE petitioner_receipt_pacing');
  }
}
