import type { EntityManager } from 'typeorm';
import { INSERT_CHARGES_SQL } from '../allocation/allocation.sql';

/**
 * The demo's history: every closed month with bills allocated as the engine would, so that
 * statements and the savings report have real shapes. Open months are left for finance to run.
 */
export async function seedCharges(manager: EntityManager): Promise<void> {
  const months = await manager.query<{ period: string }[]>(
    `SELECT DISTINCT b.period FROM utility_bills b JOIN periods p ON p.period = b.period AND p.status = 'closed' ORDER BY 1`,
  );
  for (const { period } of months) {
    const [run] = await manager.query<{ id: string }[]>(
      `INSERT INTO allocation_runs (period, run_by, started_at)
       VALUES ($1, 'finanzas', $2::date + interval '1 month 8 days') RETURNING id`,
      [period, `${period}-01`],
    );
    await manager.query(INSERT_CHARGES_SQL, [period, null, run.id]);
  }
  await manager.query(
    `UPDATE allocation_runs r SET bills = t.bills, charges = t.charges, total_amount = t.total, vacancy_amount = t.vacancy
       FROM (SELECT run_id, count(DISTINCT bill_id) AS bills, count(*) AS charges, sum(amount) AS total,
                    COALESCE(sum(amount) FILTER (WHERE payer <> 'tenant'), 0) AS vacancy
               FROM charges GROUP BY run_id) t
      WHERE t.run_id = r.id`,
  );
  await manager.query(`UPDATE meter_readings r SET locked = true FROM periods p WHERE p.period = r.period AND p.status = 'closed'`);
}
