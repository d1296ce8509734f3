import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes the allocation run reads by: readings of a period, agreement spaces of a month. */
export class AllocationIndexes1764200000000 implements MigrationInterface {
  name = 'AllocationIndexes1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_meter_readings_period ON meter_readings (period, meter_id)`);
    await q.query(`CREATE INDEX ix_agreement_spaces_period ON agreement_spaces USING gist (period) WHERE blocking`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_agreement_spaces_period`);
    await q.query(`DROP INDEX IF EXISTS ix_meter_readings_period`);
  }
}
