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

/**
 * Refuses with 409 a change to occupancy between two dates (YYYY-MM-DD, inclusive, any order)
 * when a closed period lies in between: what was allocated and closed stays as it was.
 */
export async function assertOccupancyChangeOpen(tx: Queryable, a: string, b: string): Promise<void> {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const [closed] = await tx.query<{ period: string }[]>(
    `SELECT period FROM periods WHERE status = 'closed' AND period BETWEEN $1 AND $2 ORDER BY period LIMIT 1 FOR SHARE`,
    [from.slice(0, 7), to.slice(0, 7)],
  );
  if (closed) {
    throw new ConflictException({
      statusCode: 409,
      message: `El cambio afecta el periodo cerrado ${closed.period}: su prorrateo ya no se modifica. Registre un ajuste en un periodo abierto.`,
    });
  }
}
