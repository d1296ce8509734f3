import { readBillFile, readCsv } from './bill-file.reader';
import { type BillCatalog, dateOf, decimal, validateBillRows } from './bill-rows';

const catalog: BillCatalog = {
  buildings: new Map([['CSA-TOL', { id: 'b-tol', code: 'CSA-TOL' }]]),
  services: [
    { id: 's-luz', buildingId: 'b-tol', name: 'Energía eléctrica', unit: 'kWh' },
    { id: 's-limpieza', buildingId: 'b-tol', name: 'Limpieza', unit: null },
  ],
};

const HEADER = 'inmueble,servicio,periodo,importe,consumo,unidad,factura,emision,vencimiento,pago';
const csv = (...lines: string[]) => readCsv(Buffer.from([HEADER, ...lines].join('\n')))!;

describe('decimal', () => {
  it('keeps amounts as exact strings', () => {
    expect(decimal('48210.37', 2)).toBe('48210.37');
    expect(decimal('$1,234.5', 2)).toBe('1234.5');
    expect(decimal('0.1', 2)).toBe('0.1');
    expect(decimal('999999999999.99', 2)).toBe('999999999999.99');
    expect(decimal('', 2)).toBeNull();
  });

  it('says why a value is refused', () => {
    expect(decimal('-5', 2)).toEqual({ error: 'No puede ser negativo' });
    expect(decimal('10.005', 2)).toEqual({ error: 'Admite como máximo 2 decimales' });
    expect(decimal('12,50', 2)).toEqual({ error: 'Debe ser un importe en pesos, p. ej. 12500.00' });
    expect(decimal('1e3', 2)).toHaveProperty('error');
    expect(decimal('1000000000000', 2)).toEqual({ error: 'El valor es demasiado grande' });
    expect(decimal('1.1234', 3)).toEqual({ error: 'Admite como máximo 3 decimales' });
  });
});

describe('dateOf', () => {
  it('reads ISO and Mexican day-first dates, and refuses impossible ones', () => {
    expect(dateOf('2026-03-31')).toBe('2026-03-31');
    expect(dateOf('5/4/2026')).toBe('2026-04-05');
    expect(dateOf('2026-02-30')).toBeNull();
    expect(dateOf('04-05-2026')).toBeNull();
  });
});

describe('readCsv', () => {
  it('numbers lines as the user sees them, skipping blank ones', () => {
    const sheet = readCsv(Buffer.from(`${HEADER}\n\nCSA-TOL,Limpieza,2026-03,10,,,A\n`))!;
    expect(sheet.header.line).toBe(1);
    expect(sheet.rows).toEqual([{ line: 3, cells: ['CSA-TOL', 'Limpieza', '2026-03', '10', '', '', 'A'] }]);
  });

  it('reads semicolons, a BOM and the Windows-1252 Excel writes', () => {
    const text = 'inmueble;servicio;periodo;importe;factura\r\nCSA-TOL;Energía eléctrica;2026-03;10;A\r\n';
    const sheet = readCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))!;
    expect(sheet.header.cells[0]).toBe('inmueble');
    expect(sheet.rows[0].cells[1]).toBe('Energía eléctrica');
    expect(readCsv(Buffer.from(text, 'latin1'))!.rows[0].cells[1]).toBe('Energía eléctrica');
  });
});

describe('readBillFile', () => {
  const file = (originalname: string, content: Buffer) => ({ originalname, buffer: content, size: content.length });
  const fileError = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return (error as { getResponse(): { errors: { file: string } } }).getResponse().errors.file;
    }
    throw new Error('expected a refusal');
  };

  it('checks the extension and the content', async () => {
    expect(await fileError(readBillFile(undefined))).toMatch(/campo «file»/);
    expect(await fileError(readBillFile(file('recibos.pdf', Buffer.from('%PDF'))))).toMatch(/\.csv o \.xlsx/);
    expect(await fileError(readBillFile(file('recibos.xlsx', Buffer.from(HEADER))))).toMatch(/no es un libro de Excel/);
    expect(await fileError(readBillFile(file('recibos.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))))).toMatch(/contiene un libro de Excel/);
    expect(await fileError(readBillFile(file('recibos.csv', Buffer.from('a,b\0'))))).toMatch(/no es un CSV/);
    expect(await fileError(readBillFile(file('recibos.csv', Buffer.from(`${HEADER}\n"sin cerrar,1\n`))))).toMatch(/mal formado/);
    expect(await fileError(readBillFile(file('vacio.csv', Buffer.from('\n\n'))))).toMatch(/vacío/);
  });
});

describe('validateBillRows', () => {
  it('turns clean rows into bills, with the service’s unit when there is consumption', () => {
    const { rows, errors } = validateBillRows(csv('csa-tol,Energía eléctrica,2026-03,"48,210.37",15234.5,,F-1,2026-04-02,20/04/2026,'), catalog);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{
      line: 2, serviceId: 's-luz', buildingId: 'b-tol', period: '2026-03', amount: '48210.37', consumption: '15234.5', unit: 'kWh',
      invoiceNumber: 'F-1', issuedOn: '2026-04-02', dueOn: '2026-04-20', paidOn: null,
    }]);
  });

  it('reports every problem of every row, by line and column', () => {
    const { rows, errors } = validateBillRows(
      csv(
        'CSA-TOL,Limpieza,2026-03,100,,,L-1,,,',
        'CSA-XXX,Limpieza,2026-3,-4,,,L-2,,,',
        'CSA-TOL,Gas,2026-03,1.234,,litros,,2026-02-30,,',
        'CSA-TOL,Energía eléctrica,2026-03,5,10,m3,L-4,2026-04-10,2026-04-01,2026-04-09',
        'CSA-TOL,limpieza,2026-03,100,,,L-1,,,',
      ),
      catalog,
    );
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(errors).toEqual([
      { line: 3, field: 'inmueble', message: 'El inmueble «CSA-XXX» no existe o no está a su cargo' },
      { line: 3, field: 'periodo', message: 'Debe ser un periodo con formato AAAA-MM' },
      { line: 3, field: 'importe', message: 'No puede ser negativo' },
      { line: 4, field: 'servicio', message: 'El inmueble CSA-TOL no tiene el servicio «Gas»' },
      { line: 4, field: 'importe', message: 'Admite como máximo 2 decimales' },
      { line: 4, field: 'unidad', message: 'Debe ser kWh o m3' },
      { line: 4, field: 'factura', message: 'Es obligatorio' },
      { line: 4, field: 'emision', message: 'Debe ser una fecha AAAA-MM-DD o DD/MM/AAAA' },
      { line: 5, field: 'vencimiento', message: 'El vencimiento debe ser igual o posterior a la emisión' },
      { line: 5, field: 'pago', message: 'El pago debe ser igual o posterior a la emisión' },
      { line: 5, field: 'unidad', message: 'El servicio se mide en kWh' },
      { line: 6, field: 'factura', message: 'Repite el recibo de la línea 2 (mismo servicio, periodo y factura)' },
    ]);
  });

  it('checks the header before anything else', () => {
    const sheet = readCsv(Buffer.from('Inmueble,Servicio,Período,Monto,factura,notas\nCSA-TOL,Limpieza,2026-03,1,A,x\n'))!;
    expect(validateBillRows(sheet, catalog).errors).toEqual([
      { line: 1, field: 'Monto', message: expect.stringMatching(/^Columna desconocida/) },
      { line: 1, field: 'notas', message: expect.stringMatching(/^Columna desconocida/) },
      { line: 1, field: 'importe', message: 'Falta la columna obligatoria «importe»' },
    ]);
    expect(validateBillRows(readCsv(Buffer.from(`${HEADER}\n`))!, catalog).errors).toEqual([{ line: 2, field: 'file', message: 'El archivo no tiene recibos' }]);
  });
});
