import { parse } from 'csv-parse/browser/esm/sync';

/** What a file of readings says: the reading typed for each meter code, and what could not be read. */
export interface ReadingsFile {
    /** Upper-cased meter code → the reading as written (decimal point). */
    readings: Map<string, string>;
    /** Lines (1 = the header) and what is wrong with them. */
    problems: { line: number; message: string }[];
}

const normalize = (header: string) => header.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * A CSV with the columns «medidor» and «lectura» (any order, comma or semicolon, UTF-8 with or
 * without BOM), as a spreadsheet exports it; a decimal comma is read as a point.
 */
export function readReadingsCsv(text: string): ReadingsFile {
    const firstLine = text.slice(0, text.search(/\r?\n|$/));
    const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
    const rows = parse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
    const problems: ReadingsFile['problems'] = [];
    const readings = new Map<string, string>();
    const [header = [], ...data] = rows;
    const meterAt = header.map(normalize).indexOf('medidor');
    const readingAt = header.map(normalize).indexOf('lectura');
    if (meterAt < 0 || readingAt < 0) {
        problems.push({ line: 1, message: 'El encabezado debe tener las columnas «medidor» y «lectura»' });
        return { readings, problems };
    }
    data.forEach((cells, i) => {
        const line = i + 2;
        const code = (cells[meterAt] ?? '').toUpperCase();
        const written = (cells[readingAt] ?? '').replace(/\s/g, '');
        const reading = delimiter === ';' ? written.replace(',', '.') : written;
        if (!code) problems.push({ line, message: 'Falta la clave del medidor' });
        else if (readings.has(code)) problems.push({ line, message: `El medidor ${code} aparece dos veces` });
        else readings.set(code, reading);
    });
    return { readings, problems };
}
