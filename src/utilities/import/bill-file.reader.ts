import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalid } from '../../common/validation';

/** An uploaded file as multer keeps it in memory. */
export interface UploadedSheet {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** A sheet's rows as text, each with the line (CSV) or row number (XLSX) the user sees. */
export interface RawSheet {
  header: { line: number; cells: string[] };
  rows: { line: number; cells: string[] }[];
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 10_000;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const fileError = (message: string) => invalid({ file: message }, 'El archivo no se puede importar');

/** Reads a `.csv` or `.xlsx` upload, checked by its extension and by its content. */
export async function readBillFile(file: UploadedSheet | undefined): Promise<RawSheet> {
  if (!file) throw fileError('Adjunte el archivo en el campo «file»');
  if (file.size > MAX_FILE_BYTES) throw fileError('El archivo supera el máximo de 5 MB');
  const extension = /\.([a-z0-9]+)$/i.exec(file.originalname)?.[1]?.toLowerCase();
  const isZip = file.buffer.subarray(0, 4).equals(ZIP_MAGIC);
  let sheet: RawSheet | undefined;
  if (extension === 'csv') {
    if (isZip) throw fileError('El archivo .csv contiene un libro de Excel: envíelo con extensión .xlsx o expórtelo como CSV');
    sheet = readCsv(file.buffer);
  } else if (extension === 'xlsx') {
    if (!isZip) throw fileError('El contenido no es un libro de Excel (.xlsx) válido');
    sheet = await readXlsx(file.buffer);
  } else {
    throw fileError('Formato no admitido: envíe un archivo .csv o .xlsx');
  }
  if (!sheet) throw fileError('El archivo está vacío');
  if (sheet.rows.length > MAX_ROWS) throw fileError(`Admite como máximo ${MAX_ROWS} filas por archivo`);
  return sheet;
}

/** UTF-8 (with or without BOM), or the Windows-1252 that Excel writes by default in Spanish. */
function decodeText(buffer: Buffer): string {
  if (buffer.includes(0)) throw fileError('El contenido no es un CSV de texto');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

export function readCsv(buffer: Buffer): RawSheet | undefined {
  const text = decodeText(buffer);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // Excel in some locales separates with semicolons: decide from the header line.
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw fileError(`El CSV está mal formado${line ? ` cerca de la línea ${line}` : ''}: revise las comillas y los separadores`);
  }
  const rows = records.map(({ record, info }) => ({ line: info.lines, cells: record.map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...data] = rows;
  return header ? { header, rows: data } : undefined;
}

export async function readXlsx(buffer: Buffer): Promise<RawSheet | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw fileError('El contenido no es un libro de Excel (.xlsx) válido');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return undefined;
  const rows: RawSheet['rows'] = [];
  let periodColumn = -1;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) {
      const value = values[i];
      // Excel turns a typed «2026-03» into the date 1 March 2026: give the period back.
      cells.push(i - 1 === periodColumn && value instanceof Date ? isoDate(value).slice(0, 7) : cellText(value));
    }
    if (!cells.some((c) => c !== '')) return;
    if (!rows.length) periodColumn = cells.findIndex((c) => normalizeHeader(c) === 'periodo');
    rows.push({ line, cells });
  });
  const [header, ...data] = rows;
  return header ? { header, rows: data } : undefined;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A cell's value as the text the user typed or sees. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('').trim();
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return v.error;
  }
  return String(value).trim();
}

/** Header names compared without case, accents or surrounding spaces: «Emisión» is «emision». */
export function normalizeHeader(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
}
