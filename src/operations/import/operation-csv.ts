import { parse as parseSync } from 'csv-parse/sync';
import { invalid } from '../../common/validation';

/** The columns the import reads; each staged row also carries its line number. */
export const COLUMNS = ['building', 'date', 'agency', 'visitors', 'procedures', 'status', 'closed_reason'] as const;
export type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['building', 'date', 'agency', 'visitors', 'procedures'];

/** Header names accepted for each column, compared without case, accents or spaces. */
const ALIASES: Record<string, Column> = {
  building: 'building', inmueble: 'building', csa: 'building', clave_inmueble: 'building',
  date: 'date', fecha: 'date', dia: 'date',
  agency: 'agency', dependencia: 'agency', unidad: 'agency', unidad_usuaria: 'agency', sigla: 'agency',
  visitors: 'visitors', visitantes: 'visitors', visitas: 'visitors',
  procedures: 'procedures', tramites: 'procedures',
  status: 'status', estado: 'status', estatus: 'status',
  closed_reason: 'closed_reason', motivo: 'closed_reason', motivo_cierre: 'closed_reason', motivo_de_cierre: 'closed_reason', reason: 'closed_reason',
};

export const fileError = (message: string) => invalid({ file: message }, 'El archivo no se puede importar');

const normalize = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Which cell holds each column, from the header row. */
export function columnsOf(header: string[]): number[] {
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const column = ALIASES[normalize(name)];
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length) {
    throw fileError(`Faltan columnas en el encabezado: ${missing.join(', ')}. Se esperan: ${COLUMNS.join(',')}`);
  }
  return COLUMNS.map((c) => index.get(c) ?? -1);
}

export interface CsvHeader {
  /** ',' or ';' (decided by the header line). */
  delimiter: string;
  /** Cells in the header: every data record is cut or padded to this many. */
  width: number;
  /** The cell index of each of COLUMNS (-1 when absent). */
  columns: number[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/**
 * Splits a CSV text, fed in chunks, into records without parsing their cells: it tracks quotes
 * (a quoted cell may span lines) and counts physical lines, so every record keeps the line it
 * starts on. The first record is the header; blank records (nothing but separators and spaces) are
 * skipped. Each data record reaches `onRecord` as its raw text (CR before the line end removed),
 * with its cell count and, when it has more cells than the header, where the extra ones begin.
 */
export class CsvScanner {
  header?: CsvHeader;
  /** Data records handed on. */
  rows = 0;
  private lines = 0;
  private rest = '';
  private started = false;

  constructor(private readonly onRecord: (line: number, text: string, cells: number, cut: number) => void) {}

  /** Scans a chunk; an incomplete last record waits for the next chunk. */
  feed(chunk: string): void {
    let text = this.rest + chunk;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.rest = text.slice(this.scan(text, false));
  }

  /** The end of the file: the last record (with or without a line end). */
  end(): void {
    if (this.rest) this.scan(this.rest, true);
    this.rest = '';
    if (!this.header) throw fileError('El archivo está vacío');
  }

  /** Hands on every complete record of `text`; returns where the unfinished one starts. */
  private scan(text: string, final: boolean): number {
    const length = text.length;
    const delimiter = this.header ? this.header.delimiter.charCodeAt(0) : -1;
    const width = this.header?.width ?? 0;
    let start = 0;
    while (start < length) {
      let i = start;
      let quoted = false;
      let inner = 0;
      let cells = 1;
      let cut = -1;
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) quoted = !quoted;
        else if (c === LF) {
          if (!quoted) break;
          inner++;
        } else if (c === delimiter && !quoted) {
          if (++cells === width + 1) cut = i;
        }
      }
      if (i === length && !final) return start;
      const line = this.lines + 1;
      if (quoted) throw fileError(`El CSV está mal formado cerca de la línea ${line}: una comilla no se cerró`);
      this.lines += inner + 1;
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === CR) end--;
      const record = text.slice(start, end);
      const offset = start;
      start = i + 1;
      if (!this.header) {
        if (record.trim() === '') continue;
        this.readHeader(record, line);
        return start + this.scan(text.slice(start), final);
      }
      if (isBlank(record, delimiter)) continue;
      this.rows++;
      this.onRecord(line, record, cells, cut < 0 ? -1 : cut - offset);
    }
    return length;
  }

  private readHeader(record: string, line: number): void {
    const delimiter = record.includes(';') && !record.includes(',') ? ';' : ',';
    const header = parseRecord(record, delimiter, line);
    this.header = { delimiter, width: header.length, columns: columnsOf(header) };
  }
}

/** Nothing but separators, quotes and spaces: a blank row (spreadsheets leave them at the end). */
function isBlank(record: string, delimiter: number): boolean {
  for (let i = 0; i < record.length; i++) {
    const c = record.charCodeAt(i);
    if (c !== delimiter && c !== SPACE && c !== TAB && c !== QUOTE) return false;
  }
  return true;
}

/** The cells of one record (quotes and all), cut or padded to `width`. */
export function cellsOf(record: string, delimiter: string, width: number, line: number): string[] {
  const cells = record.includes('"') ? parseRecord(record, delimiter, line) : record.split(delimiter);
  if (cells.length > width) cells.length = width;
  while (cells.length < width) cells.push('');
  return cells;
}

function parseRecord(record: string, delimiter: string, line: number): string[] {
  try {
    const [cells] = parseSync(record, { delimiter, relax_column_count: true, relax_quotes: false }) as string[][];
    return cells ?? [];
  } catch {
    throw fileError(`El CSV está mal formado en la línea ${line}: revise las comillas y los separadores`);
  }
}
