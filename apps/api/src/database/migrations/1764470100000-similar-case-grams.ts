import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The text features of 类案推送 (similar cases), filled by the `similar_cases` projection: the
 * character bigrams of each case's subject, and of its content with its demands (see textGrams).
 *
 * Not pg_trgm: it builds trigrams only from characters the database's LC_CTYPE calls alphanumeric.
 * Under the C/POSIX locale (what initdb picks when no locale is set) `show_trgm('征地补偿款')` is
 * `{}` and every similarity of Chinese text is 0; under C.UTF-8 it works. A feature must not hang
 * on how initdb was run, so the grams are made by the application, locale-free, and compared as
 * sets (Jaccard index) with GIN indexes to find the candidates. pg_bigm is not in core or contrib.
 */
export class SimilarCaseGrams1764470100000 implements MigrationInterface {
  name = 'SimilarCaseGrams1764470100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE read_model.case_grams (
        petition_id uuid PRIMARY KEY,
        subject_grams text[] NOT NULL,
        content_grams text[] NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX case_grams_subject ON read_model.case_grams USING gin (subject_grams)');
    await queryRunner.query('CREATE INDEX case_grams_content ON read_model.case_grams USING gin (content_grams)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE read_model.case_grams');
  }
}
