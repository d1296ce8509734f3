import type { EntityManager } from 'typeorm';
import { ALLOCATE_SQL } from '../allocation/allocation.sql';

/**
 * The demo's history: every closed month with bills allocated as the engine would (with the
 * charges' totals the savings report reads), so that statements and the savings report have real
 * shapes. Open months are left for finance to run. Runs inside the seed's transaction.
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
  await manager.query(`SELECT set_config('csa.charge_totals', 'statement', true)`);
  await manager.query(ALLOCATE_SQL, [periods[0], null, periods.at(-1), runs.map((r) => r.period), runs.map((r) => r.id)]);
  await manager.query(`SELECT set_config('csa.charge_totals', 'row', true)`);
  await manager.query(`UPDATE meter_readings r SET locked = true FROM periods p WHERE p.period = r.period AND p.status = 'closed'`);
}
