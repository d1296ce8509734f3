import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The files of one answer keep the order they were sent in by their position, not by the clock:
 * the embedded database's clock can give two inserts of one transaction the same instant.
 */
export class FindingFilePosition1764900000000 implements MigrationInterface {
  name = 'FindingFilePosition1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE finding_files ADD COLUMN position smallint NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE finding_files f SET position = r.n
        FROM (SELECT id, row_number() OVER (PARTITION BY event_id ORDER BY created_at, id) - 1 AS n FROM finding_files) r
       WHERE r.id = f.id`);
    await q.query(`ALTER TABLE finding_files ALTER COLUMN position DROP DEFAULT`);
    await q.query(`ALTER TABLE finding_files ADD CONSTRAINT uq_finding_files_event_position UNIQUE (event_id, position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE finding_files DROP COLUMN position`);
  }
}
