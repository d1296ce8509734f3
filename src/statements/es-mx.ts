/**
 * Formatting for documents read in Mexico. Money arrives as the decimal string PostgreSQL sent and
 * is formatted digit by digit: it never becomes a binary float.
 */

/** `"12345.6"` → `"$12,345.60"`; `"-50"` → `"-$50.00"`. */
export function formatMxn(amount: string | null | undefined): string {
  const text = (amount ?? '0').trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`Importe no válido: ${text}`);
  const [, sign, whole, decimals = ''] = match;
  const cents = decimals.padEnd(2, '0');
  if (cents.length > 2 && /[1-9]/.test(cents.slice(2))) throw new Error(`Importe con más de dos decimales: ${text}`);
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const zero = /^0+$/.test(whole) && /^0*$/.test(cents);
  return `${sign && !zero ? '-' : ''}$${grouped}.${cents.slice(0, 2)}`;
}

/** `"2030-03-01"` → `"01/03/2030"` (dd/mm/aaaa). */
export function formatDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** `"2030-03"` → `"marzo de 2030"`. */
export function monthLabel(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return `${MONTHS[m - 1]} de ${y}`;
}

/** A number of m², kWh or people as es-MX writes it: `1234.5` → `"1,234.5"`. */
export function formatQuantity(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat('es-MX', { maximumFractionDigits: decimals }).format(value);
}

/** A file name without accents, spaces or characters a browser would refuse. */
export function fileSafe(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
}
