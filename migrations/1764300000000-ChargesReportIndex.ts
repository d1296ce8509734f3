import { MigrationInterface, QueryRunner } from 'typeorm';

/** The savings report and statements read charges by service and period, with these columns. */
export class ChargesReportIndex1764300000000 implements MigrationInterface {
  name = 'ChargesReportIndex1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_charges_service_period`);
    await q.query(`CREATE INDEX ix_charges_service_period ON charges (service_id, period) INCLUDE (agency_id, building_id, run_id, payer, amount)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_charges_service_period`);
    await q.query(`CREATE INDEX ix_charges_service_period ON charges (service_id, period)`);
  }
}
