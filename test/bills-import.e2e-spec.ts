import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createBuildingWithSpaces, Session, sessionAs, startApp } from './support/test-app';

/**
 * Importing bills from CSV and XLSX: all or nothing, every bad row reported by line, idempotent
 * re-imports. Periods are global: this suite writes only periods of a year of the 2100s that no
 * period of the database used before it ran.
 */
describe('Bill import', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: Session;
  let mine: { id: string; code: string };
  let theirs: { id: string; code: string };
  let electricityId: string;
  let year: number;
  const http = () => request(app.getHttpServer());
  const HEADER = 'inmueble,servicio,periodo,importe,consumo,unidad,factura,emision,vencimiento,pago';

  const upload = (content: string | Buffer, opts: { dryRun?: boolean; name?: string; as?: Session } = {}) =>
    http()
      .post(`/api/utility-bills/import?dryRun=${opts.dryRun ?? false}`)
      .set((opts.as ?? admin).auth)
      .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), opts.name ?? 'recibos.csv');

  const billsOf = async (buildingId: string) =>
    db.query<{ period: string; invoice_number: string; amount: string; consumption: string | null; unit: string | null; issued_on: string | null }[]>(
      `SELECT period, invoice_number, amount::text, consumption::text, unit, issued_on FROM utility_bills WHERE building_id = $1 ORDER BY period, invoice_number`,
      [buildingId],
    );

  beforeAll(async () => {
    app = await startApp();
    db = app.get(DataSource);
    const [free] = await db.query<{ year: number }[]>(
      `SELECT min(y)::int AS year FROM generate_series(2100, 2199) AS y WHERE NOT EXISTS (SELECT 1 FROM periods WHERE period LIKE y || '-%')`,
    );
    year = free.year;
    admin = await sessionAs(app, 'admin');
    mine = (await createBuildingWithSpaces(app, admin, 0)).building;
    theirs = (await createBuildingWithSpaces(app, admin, 0)).building;
    for (const [buildingId, kind, name, unit] of [
      [mine.id, 'electricity', 'Energía eléctrica', 'kWh'], [mine.id, 'water', 'Agua potable', 'm3'], [mine.id, 'cleaning', 'Limpieza', null],
      [theirs.id, 'electricity', 'Energía eléctrica', 'kWh'],
    ] as const) {
      const res = await http().post('/api/utility-services').set(admin.auth).send({ buildingId, kind, name, unit }).expect(201);
      if (buildingId === mine.id && kind === 'electricity') electricityId = res.body.id;
    }
  });
  afterAll(() => app.close());

  const clean = () => [
    HEADER,
    `${mine.code},Energía eléctrica,${year}-01,48210.37,15234.5,kWh,CFE-0001,${year}-02-02,${year}-02-20,`,
    `${mine.code},Agua potable,${year}-01,"1,250.00",310,,AG-77,02/02/${year},,`,
    `${mine.code.toLowerCase()},Limpieza,${year}-01,18000,,,LIM-1,,,`,
  ].join('\n');

  it('a dry run validates and counts, and writes nothing', async () => {
    const res = await upload(clean(), { dryRun: true }).expect(200);
    expect(res.body).toEqual({ dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await billsOf(mine.id)).toEqual([]);
    expect(await db.query(`SELECT 1 FROM periods WHERE period = $1`, [`${year}-01`])).toEqual([]);
  });

  it('refuses a file with any bad row as a whole, and says which lines and columns are wrong', async () => {
    const file = [
      clean(),
      `${mine.code},Energía eléctrica,${year}-13,100,,,CFE-0002,,,`,
      `${theirs.code}X,Energía eléctrica,${year}-01,100,,,CFE-0003,,,`,
      `${mine.code},Gas natural,${year}-01,12.345,,,CFE-0004,,,`,
      `${mine.code},Energía eléctrica,${year}-01,48210.37,,,CFE-0001,,,`,
    ].join('\n');
    const res = await upload(file).expect(400);
    expect(res.body.message).toMatch(/no se importó ningún recibo/);
    expect(res.body).toMatchObject({ dryRun: false, rows: 7, created: 0, updated: 0 });
    expect(res.body.errors).toEqual([
      { line: 5, field: 'periodo', message: 'Debe ser un periodo con formato AAAA-MM' },
      { line: 6, field: 'inmueble', message: `El inmueble «${theirs.code}X» no existe o no está a su cargo` },
      { line: 7, field: 'servicio', message: `El inmueble ${mine.code} no tiene el servicio «Gas natural»` },
      { line: 7, field: 'importe', message: 'Admite como máximo 2 decimales' },
      { line: 8, field: 'factura', message: 'Repite el recibo de la línea 2 (mismo servicio, periodo y factura)' },
    ]);
    expect(await billsOf(mine.id)).toEqual([]);
    // The same file in a dry run: the same report, with 200.
    const dry = await upload(file, { dryRun: true }).expect(200);
    expect(dry.body.errors).toEqual(res.body.errors);
  });

  it('imports a clean file once; importing it again updates, never duplicates', async () => {
    const first = await upload(clean()).expect(200);
    expect(first.body).toEqual({ dryRun: false, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    const stored = await billsOf(mine.id);
    expect(stored).toEqual([
      { period: `${year}-01`, invoice_number: 'AG-77', amount: '1250.00', consumption: '310.000', unit: 'm3', issued_on: `${year}-02-02` },
      { period: `${year}-01`, invoice_number: 'CFE-0001', amount: '48210.37', consumption: '15234.500', unit: 'kWh', issued_on: `${year}-02-02` },
      { period: `${year}-01`, invoice_number: 'LIM-1', amount: '18000.00', consumption: null, unit: null, issued_on: null },
    ]);

    const again = await upload(clean()).expect(200);
    expect(again.body).toEqual({ dryRun: false, rows: 3, created: 0, updated: 3, unchanged: 3, errors: [] });
    expect(await billsOf(mine.id)).toEqual(stored);

    const corrected = await upload(clean().replace('48210.37', '48210.40')).expect(200);
    expect(corrected.body).toMatchObject({ created: 0, updated: 3, unchanged: 2 });
    expect((await billsOf(mine.id)).find((b) => b.invoice_number === 'CFE-0001')!.amount).toBe('48210.40');

    const trail = await db.query<{ action: string; n: number }[]>(
      `SELECT action, count(*)::int AS n FROM audit_events WHERE resource = 'utility-bills' AND record_id IN
         (SELECT id::text FROM utility_bills WHERE building_id = $1) GROUP BY action ORDER BY action`,
      [mine.id],
    );
    expect(trail).toEqual([{ action: 'create', n: 3 }, { action: 'update', n: 1 }]);
    const listed = await http().get(`/api/utility-bills?filter=${encodeURIComponent(JSON.stringify({ serviceId: electricityId }))}`).set(admin.auth).expect(200);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).toMatchObject({ amount: '48210.40', invoiceNumber: 'CFE-0001', buildingCode: mine.code });
  });

  it('reads XLSX too: numbers, dates and a period Excel took for a date', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Recibos');
    sheet.addRow(['Inmueble', 'Servicio', 'Periodo', 'Importe', 'Consumo', 'Unidad', 'Factura', 'Emisión', 'Vencimiento', 'Pago']);
    sheet.addRow([mine.code, 'Energía eléctrica', `${year}-02`, 50123.45, 16001.25, 'kWh', 'CFE-0101', new Date(Date.UTC(year, 2, 3)), `${year}-03-21`, null]);
    sheet.addRow([mine.code, 'Agua potable', new Date(Date.UTC(year, 1, 1)), 990, 300, 'm3', 1234567, null, null, null]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());

    const dry = await upload(xlsx, { name: 'Recibos Febrero.XLSX', dryRun: true }).expect(200);
    expect(dry.body).toEqual({ dryRun: true, rows: 2, created: 2, updated: 0, unchanged: 0, errors: [] });
    await upload(xlsx, { name: 'recibos.xlsx' }).expect(200);
    const feb = (await billsOf(mine.id)).filter((b) => b.period === `${year}-02`);
    expect(feb).toEqual([
      { period: `${year}-02`, invoice_number: '1234567', amount: '990.00', consumption: '300.000', unit: 'm3', issued_on: null },
      { period: `${year}-02`, invoice_number: 'CFE-0101', amount: '50123.45', consumption: '16001.250', unit: 'kWh', issued_on: `${year}-03-03` },
    ]);
    const again = await upload(xlsx, { name: 'recibos.xlsx' }).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 2, unchanged: 2 });

    const bad = new ExcelJS.Workbook();
    const rows = bad.addWorksheet('Hoja1');
    rows.addRow(['inmueble', 'servicio', 'periodo', 'importe', 'factura']);
    rows.addRow([mine.code, 'Limpieza', `${year}-02`, -10, 'LIM-2']);
    rows.addRow([]);
    rows.addRow([mine.code, 'Limpieza', `${year}-02`, 10, '']);
    const res = await upload(Buffer.from(await bad.xlsx.writeBuffer()), { name: 'malo.xlsx' }).expect(400);
    expect(res.body.errors).toEqual([
      { line: 2, field: 'importe', message: 'No puede ser negativo' },
      { line: 4, field: 'factura', message: 'Es obligatorio' },
    ]);
  });

  it('treats a row in a closed period as an error, and imports nothing', async () => {
    await db.query(`INSERT INTO periods (period, status, closed_at, closed_by) VALUES ($1, 'closed', now(), 'prueba')`, [`${year}-11`]);
    const file = [HEADER, `${mine.code},Limpieza,${year}-12,1,,,LIM-93-2,,,`, `${mine.code},Limpieza,${year}-11,1,,,LIM-93-1,,,`].join('\n');
    const res = await upload(file).expect(400);
    expect(res.body.errors).toEqual([{ line: 3, field: 'periodo', message: `El periodo ${year}-11 está cerrado: registre un ajuste en un periodo abierto` }]);
    expect((await billsOf(mine.id)).filter((b) => b.period >= `${year}-11`)).toEqual([]);
  });

  it('keeps a building administrator inside its buildings', async () => {
    const manager = await sessionAs(app, 'building_admin', { buildingIds: [theirs.id] });
    const res = await upload(clean(), { as: manager, dryRun: true }).expect(200);
    expect(res.body.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([[2, 'inmueble'], [3, 'inmueble'], [4, 'inmueble']]);
    const own = [HEADER, `${theirs.code},Energía eléctrica,${year}-01,10,,,T-1,,,`].join('\n');
    expect((await upload(own, { as: manager }).expect(200)).body.created).toBe(1);
  });

  it('refuses other files, big files and roles that may not write bills', async () => {
    expect((await upload('a', { name: 'recibos.txt' }).expect(400)).body.errors.file).toMatch(/\.csv o \.xlsx/);
    expect((await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { name: 'recibos.csv' }).expect(400)).body.errors.file).toMatch(/libro de Excel/);
    expect((await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { name: 'recibos.xlsx' }).expect(400)).body.errors.file).toMatch(/no es un libro de Excel/);
    const missing = await http().post('/api/utility-bills/import?dryRun=true').set(admin.auth).field('other', 'x').expect(400);
    expect(missing.body.errors.file).toMatch(/campo «file»/);
    const wrongField = await http().post('/api/utility-bills/import').set(admin.auth).attach('archivo', Buffer.from(clean()), 'r.csv').expect(400);
    expect(wrongField.body.errors.file).toMatch(/campo «file»/);
    const big = await upload(Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.alloc(5 * 1024 * 1024 + 10, 'x')])).expect(413);
    expect(big.body.message).toBe('El archivo supera el máximo de 5 MB');
    await http().post('/api/utility-bills/import?dryRun=maybe').set(admin.auth).attach('file', Buffer.from(clean()), 'r.csv').expect(400);

    const auditor = await sessionAs(app, 'auditor');
    await upload(clean(), { as: auditor, dryRun: true }).expect(403);
    const inspector = await sessionAs(app, 'inspector');
    await upload(clean(), { as: inspector, dryRun: true }).expect(403);
  });
});
