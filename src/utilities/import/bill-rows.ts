import { isValidDate } from '../../common/validation';
import { billTermErrors } from '../bill-rules';
import { PERIOD_PATTERN } from '../../common/validation';
import type { Unit } from '../dto/units';
import { normalizeHeader, type RawSheet } from './bill-file.reader';

/** One problem of an imported file: the line the user sees, the column, and what is wrong (Spanish). */
export interface ImportError {
  line: number;
  field: string;
  message: string;
}

/** A valid row, ready to be written. Money and quantities stay decimal strings. */
export interface BillRow {
  line: number;
  serviceId: string;
  buildingId: string;
  period: string;
  amount: string;
  consumption: string | null;
  unit: Unit | null;
  invoiceNumber: string;
  issuedOn: string | null;
  dueOn: string | null;
  paidOn: string | null;
}

/** The buildings the actor may import into (by code) and their services (by name). */
export interface BillCatalog {
  buildings: Map<string, { id: string; code: string }>;
  services: { id: string; buildingId: string; name: string; unit: string | null }[];
}

export const REQUIRED_COLUMNS = ['inmueble', 'servicio', 'periodo', 'importe', 'factura'] as const;
export const OPTIONAL_COLUMNS = ['consumo', 'unidad', 'emision', 'vencimiento', 'pago'] as const;
const ALL_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

const REQUIRED = 'Es obligatorio';

/** Header problems: required columns missing, unknown or repeated ones. Nothing else is read while any remain. */
export function columnsOf(header: RawSheet['header']): { columns: Map<Column, number>; errors: ImportError[] } {
  const columns = new Map<Column, number>();
  const errors: ImportError[] = [];
  header.cells.forEach((raw, index) => {
    const name = normalizeHeader(raw);
    if (name === '') return;
    if (!ALL_COLUMNS.includes(name)) {
      errors.push({ line: header.line, field: raw, message: `Columna desconocida; las columnas son: ${ALL_COLUMNS.join(', ')}` });
    } else if (columns.has(name as Column)) {
      errors.push({ line: header.line, field: name, message: 'La columna está repetida' });
    } else {
      columns.set(name as Column, index);
    }
  });
  for (const name of REQUIRED_COLUMNS) {
    if (!columns.has(name)) errors.push({ line: header.line, field: name, message: `Falta la columna obligatoria «${name}»` });
  }
  return { columns, errors };
}

/**
 * Validates every row against the catalog, in memory, and reports every problem by line and
 * column. Closed periods are checked afterwards, in the import's transaction.
 */
export function validateBillRows(sheet: RawSheet, catalog: BillCatalog): { rows: BillRow[]; errors: ImportError[] } {
  const { columns, errors } = columnsOf(sheet.header);
  if (errors.length) return { rows: [], errors };
  if (!sheet.rows.length) return { rows: [], errors: [{ line: sheet.header.line + 1, field: 'file', message: 'El archivo no tiene recibos' }] };

  const servicesByBuilding = new Map<string, BillCatalog['services']>();
  for (const s of catalog.services) servicesByBuilding.set(s.buildingId, [...(servicesByBuilding.get(s.buildingId) ?? []), s]);
  const seen = new Map<string, number>();
  const rows: BillRow[] = [];

  for (const { line, cells } of sheet.rows) {
    const cell = (c: Column) => {
      const index = columns.get(c);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const rowErrors: ImportError[] = [];
    const fail = (field: Column, message: string) => rowErrors.push({ line, field, message });

    const code = cell('inmueble').toUpperCase();
    const building = code ? catalog.buildings.get(code) : undefined;
    if (!code) fail('inmueble', REQUIRED);
    else if (!building) fail('inmueble', `El inmueble «${code}» no existe o no está a su cargo`);

    const serviceName = cell('servicio');
    const service = building ? findService(servicesByBuilding.get(building.id) ?? [], serviceName) : undefined;
    if (!serviceName) fail('servicio', REQUIRED);
    else if (building && !service) fail('servicio', `El inmueble ${building.code} no tiene el servicio «${serviceName}»`);

    const period = cell('periodo');
    if (!period) fail('periodo', REQUIRED);
    else if (!PERIOD_PATTERN.test(period)) fail('periodo', 'Debe ser un periodo con formato AAAA-MM');

    const amount = decimal(cell('importe'), 2);
    if (typeof amount !== 'string') fail('importe', amount?.error ?? REQUIRED);

    const consumption = decimal(cell('consumo'), 3);
    if (consumption && typeof consumption !== 'string') fail('consumo', consumption.error);

    const unitText = cell('unidad');
    const unit = unitText ? unitOf(unitText) : null;
    if (unitText && !unit) fail('unidad', 'Debe ser kWh o m3');

    const invoiceNumber = cell('factura');
    if (!invoiceNumber) fail('factura', REQUIRED);
    else if (invoiceNumber.length > 60) fail('factura', 'Admite como máximo 60 caracteres');

    const dates = { emision: cell('emision'), vencimiento: cell('vencimiento'), pago: cell('pago') };
    const parsed = Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, v ? dateOf(v) : null])) as Record<keyof typeof dates, string | null>;
    for (const k of Object.keys(dates) as (keyof typeof dates)[]) {
      if (dates[k] && !parsed[k]) fail(k, 'Debe ser una fecha AAAA-MM-DD o DD/MM/AAAA');
    }

    const finalUnit = unit ?? (consumption && service ? (service.unit as Unit | null) : null);
    if (service) {
      const terms = billTermErrors({ issuedOn: parsed.emision, dueOn: parsed.vencimiento, paidOn: parsed.pago, unit: finalUnit }, service.unit);
      if (terms.dueOn) fail('vencimiento', terms.dueOn);
      if (terms.paidOn) fail('pago', terms.paidOn);
      if (terms.unit && !rowErrors.some((e) => e.field === 'unidad')) fail('unidad', terms.unit);
    }

    if (service && PERIOD_PATTERN.test(period) && invoiceNumber) {
      const key = `${service.id}|${period}|${invoiceNumber}`;
      const first = seen.get(key);
      if (first !== undefined) fail('factura', `Repite el recibo de la línea ${first} (mismo servicio, periodo y factura)`);
      else seen.set(key, line);
    }

    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      line, serviceId: service!.id, buildingId: building!.id, period, amount: amount as string,
      consumption: typeof consumption === 'string' ? consumption : null, unit: finalUnit, invoiceNumber,
      issuedOn: parsed.emision, dueOn: parsed.vencimiento, paidOn: parsed.pago,
    });
  }
  return { rows, errors };
}

/** By exact name, else by the one name equal without case or accents. */
function findService(services: BillCatalog['services'], name: string): BillCatalog['services'][number] | undefined {
  const exact = services.find((s) => s.name === name);
  if (exact || !name) return exact;
  const loose = services.filter((s) => normalizeHeader(s.name) === normalizeHeader(name));
  return loose.length === 1 ? loose[0] : undefined;
}

/**
 * A non-negative decimal with at most `decimals` decimals, as an exact string (never a float):
 * `1234.5`, `1,234.50` and `$1,234.50` are read as `1234.5`, `1234.50`, `1234.50`.
 * Empty gives null; anything else, the reason it is refused.
 */
export function decimal(text: string, decimals: number): string | null | { error: string } {
  const t = text.replace(/^\$\s*/, '').replace(/\s+/g, '');
  if (t === '') return null;
  if (/^-\d/.test(t)) return { error: 'No puede ser negativo' };
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t;
  if (!/^\d+(\.\d+)?$/.test(plain)) return { error: decimals === 2 ? 'Debe ser un importe en pesos, p. ej. 12500.00' : 'Debe ser un número, p. ej. 1520.5' };
  const [int, frac = ''] = plain.split('.');
  if (frac.length > decimals) return { error: `Admite como máximo ${decimals} decimales` };
  if (int.replace(/^0+(?=\d)/, '').length > 14 - decimals) return { error: 'El valor es demasiado grande' };
  return plain;
}

function unitOf(text: string): Unit | null {
  const t = text.trim().toLowerCase();
  if (t === 'kwh') return 'kWh';
  if (t === 'm3' || t === 'm³') return 'm3';
  return null;
}

/** `YYYY-MM-DD`, or the `DD/MM/YYYY` usual in Mexico. */
export function dateOf(text: string): string | null {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : text;
  return isValidDate(iso) ? iso : null;
}
