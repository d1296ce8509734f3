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

/** What a figure of a closed month was computed from: the agreements holding a space, or in a building, or a service's bills. */
export type ClosedMonthSource = { spaceId: string } | { buildingId: string } | { serviceId: string };

const SOURCES = {
  // The savings of every non-draft agreement covering the month price the space's area, the building's R/U ratio.
  spaceId: `EXISTS (SELECT 1 FROM agreements a JOIN agreement_spaces x ON x.agreement_id = a.id AND x.blocking AND x.space_id = $1
                     WHERE a.status <> 'draft' AND p.period BETWEEN to_char(a.start_date, 'YYYY-MM') AND to_char(COALESCE(a.terminated_on, a.end_date), 'YYYY-MM'))`,
  buildingId: `EXISTS (SELECT 1 FROM agreements a
                     WHERE a.building_id = $1 AND a.status <> 'draft'
                       AND p.period BETWEEN to_char(a.start_date, 'YYYY-MM') AND to_char(COALESCE(a.terminated_on, a.end_date), 'YYYY-MM'))`,
  // A service's kind sorts its charges into electricity or not in the savings of the month it was billed.
  serviceId: `EXISTS (SELECT 1 FROM utility_bills b WHERE b.service_id = $1 AND b.period = p.period)`,
} as const;

/**
 * Refuses with 409 a change to `what` (in Spanish, e.g. «la superficie útil») when a closed month's
 * statement or savings were computed from it: those figures are final.
 */
export async function assertClosedMonthsKeep(tx: Queryable, source: ClosedMonthSource, what: string): Promise<void> {
  const [key, id] = Object.entries(source)[0] as [keyof typeof SOURCES, string];
  const [closed] = await tx.query<{ period: string }[]>(
    `SELECT p.period FROM periods p WHERE p.status = 'closed' AND ${SOURCES[key]} ORDER BY p.period LIMIT 1 FOR SHARE OF p`,
    [id],
  );
  if (closed) {
    throw new ConflictException({
      statusCode: 409,
      message: `No se puede cambiar ${what}: el periodo cerrado ${closed.period} se calculó con su valor actual y sus cifras ya no cambian.`,
    });
  }
}
