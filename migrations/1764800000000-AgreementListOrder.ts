import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agreements list sorts by start date with the id as tie-breaker. With the id in the index the
 * page is read straight off it, in either direction, instead of sorting every matching row.
 */
export class AgreementListOrder1764800000000 implements MigrationInterface {
  name = 'AgreementListOrder1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_agreements_building_status_start`);
    await q.query(`CREATE INDEX ix_agreements_building_status_start ON agreements (building_id, status, start_date, id)`);
    await q.query(`DROP INDEX ix_agreements_start`);
    await q.query(`CREATE INDEX ix_agreements_start ON agreements (start_date, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_agreements_start`);
    await q.query(`CREATE INDEX ix_agreements_start ON agreements (start_date)`);
    await q.query(`DROP INDEX ix_agreements_building_status_start`);
    await q.query(`CREATE INDEX ix_agreements_building_status_start ON agreements (building_id, status, start_date)`);
  }
}
