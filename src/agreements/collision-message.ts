import type { Collision } from './agreements.repository';

/** dd/mm/aaaa from YYYY-MM-DD, with no time-zone arithmetic. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

export function collisionMessage(c: Collision): string {
  return `El espacio ${c.spaceCode} ya está asignado del ${formatDate(c.startDate)} al ${formatDate(c.endDate)} en el convenio ${c.folio}.`;
}
