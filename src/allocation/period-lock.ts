import { ConflictException } from '@nestjs/common';
import type { Queryable } from '../common/sql-params';

/**
 * Refuses with 409 any change touching a closed period. Call it inside the write's transaction:
 * it locks the period's row (creating it open when new), so a concurrent close waits for it.
 */
export async function assertPeriodOpen(tx: Queryable, period: string): Promise<void> {
  await tx.query(`INSERT INTO periods (period) VALUES ($1) ON CONFLICT (period) DO NOTHING`, [period]);
  const [row] = await tx.query<{ status: string }[]>(`SELECT status FROM periods WHERE period = $1 FOR SHARE`, [period]);
  if (row.status === 'closed') {
    throw new ConflictException({ statusCode: 409, message: `El periodo ${period} está cerrado: registre un ajuste en un periodo abierto` });
  }
}

/** The periods (YYYY-MM) a date range touches, e.g. for agreements changed after a close. */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const [ty, tm] = to.slice(0, 7).split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y += 1;
  }
  return out;
}
