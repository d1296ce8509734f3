import { formatDate, monthLabel } from './es-mx';
import type { Statement } from './dto/statement.dto';

export const LETTERHEAD = 'Gobierno del Estado de México — Secretaría de Finanzas — Dirección General de Recursos Materiales';

export const BASIS_LABELS: Record<string, string> = {
  area: 'Superficie',
  headcount: 'Plantilla',
  submeter: 'Submedidor',
  equal: 'Partes iguales',
  fixed: 'Cuota fija',
};

/** `"marzo de 2030 (del 01/03/2030 al 31/03/2030)"` or `"ejercicio 2030 (…)"`. */
export function spanLabel(s: Statement): string {
  const name = s.period ? monthLabel(s.period) : `ejercicio ${s.year}`;
  return `${name} (del ${formatDate(s.from)} al ${formatDate(s.to)})`;
}

/** `"03/2030"`: the month of a line. */
export function shortPeriod(period: string): string {
  return `${period.slice(5, 7)}/${period.slice(0, 4)}`;
}

export function serviceConcept(line: { service: string; invoiceNumber: string }): string {
  return `${line.service} (factura ${line.invoiceNumber})`;
}

export function rentConcept(line: { folio: string }): string {
  return `Renta del convenio ${line.folio}`;
}

export function rentDays(line: { daysCovered: number; daysInMonth: number }): string {
  return `${line.daysCovered} de ${line.daysInMonth} días`;
}

/** `estado-de-cuenta_SAT_2030-03.pdf` */
export function statementFileName(s: Statement, ext: string, safe: (t: string) => string): string {
  return `estado-de-cuenta_${safe(s.agency.acronym)}_${s.period ?? s.year}.${ext}`;
}
