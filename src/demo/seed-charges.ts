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
  if (!months.length) return;
  const periods = months.map((m) => m.period);
  const runs = await manager.query<{ id: string; period: string }[]>(
    `INSERT INTO allocation_runs (period, run_by, started_at)
     SELECT p, 'finanzas', to_date(p || '-01', 'YYYY-MM-DD') + interval '1 month 8 days' FROM unnest($1::text[]) AS p
     RETURNING id, period::text AS period`,
    [periods],
  );
  await manager.query(INSERT_CHARGES_SQL, [periods[0], null, periods.at(-1), runs.map((r) => r.period), runs.map((r) => r.id)]);
  await manager.query(
    `UPDATE allocation_runs r SET bills = t.bills, charges = t.charges, total_amount = t.total, vacancy_amount = t.vacancy
       FROM (SELECT run_id, count(DISTINCT bill_id) AS bills, count(*) AS charges, sum(amount) AS total,
                    COALESCE(sum(amount) FILTER (WHERE payer <> 'tenant'), 0) AS vacancy
               FROM charges GROUP BY run_id) t
      WHERE t.run_id = r.id`,
  );
  await manager.query(`UPDATE meter_readings r SET locked = true FROM periods p WHERE p.period = r.period AND p.status = 'closed'`);
}
