import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Re-importing days rewrites their counts in place. With room left on each page, PostgreSQL keeps
 * the new row version on the same page and leaves the indexes alone (a heap-only update), which is
 * most of the cost of a large import. Pages written from now on keep that room.
 */
export class OperationCountsFillFactor1764700000000 implements MigrationInterface {
  name = 'OperationCountsFillFactor1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE operation_counts SET (fillfactor = 70)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE operation_counts RESET (fillfactor)`);
  }
}
