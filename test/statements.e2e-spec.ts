import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAgency, type Session, sessionAs, startApp, unique } from './support/test-app';

/** Reads a binary answer (PDF, XLSX) into a Buffer. */
function binary(res: NodeJS.ReadableStream & { setEncoding(e: string): void }, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('Statements (estado de cuenta)', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: Session;
  let building: { id: string; code: string; name: string };
  let state: { id: string; acronym: string };
  let tenant: { id: string; acronym: string };
  const http = () => request(app.getHttpServer());

  /** A bill of `amount` for the service and period, and its charges (which must add up to it) in `runId`. */
  async function bill(serviceId: string, period: string, amount: string, runId: string, shares: [string | null, 'tenant' | 'vacancy' | 'exempt', string][]) {
    const [{ id }] = await db.query(
      `INSERT INTO utility_bills (service_id, building_id, period, amount, invoice_number) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [serviceId, building.id, period, amount, unique('F-')],
    );
    for (const [agencyId, payer, share] of shares) {
      await db.query(
        `INSERT INTO charges (run_id, bill_id, period, building_id, service_id, agency_id, payer, basis, basis_quantity, denominator,
                              days_covered, rate, exact_amount, amount, rounding_adjustment)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'area', 50, 150, 31, 0, $8, $8, 0)`,
        [runId, id, period, building.id, serviceId, agencyId, payer, share],
      );
    }
  }

  async function run(period: string, startedAt: string): Promise<string> {
    await db.query(`INSERT INTO periods (period) VALUES ($1) ON CONFLICT DO NOTHING`, [period]);
    const [{ id }] = await db.query(
      `INSERT INTO allocation_runs (period, building_id, run_by, started_at) VALUES ($1, $2, 'prueba', $3) RETURNING id`,
      [period, building.id, startedAt],
    );
    return id;
  }

  beforeAll(async () => {
    app = await startApp();
    db = app.get(DataSource);
    admin = await sessionAs(app, 'admin');
    const code = unique('EC-');
    building = (await http().post('/api/buildings').set(admin.auth).send({ code, name: `Centro de prueba ${code}`, municipality: 'Toluca', ruRatio: 1.2 }).expect(201)).body;
    const space = async (n: number) =>
      (await http().post('/api/spaces').set(admin.auth).send({ buildingId: building.id, code: `P1-0${n}`, name: `Oficina ${n}`, floor: 1, type: 'office', usableAreaM2: 50 }).expect(201)).body;
    const [s1, s2] = [await space(1), await space(2)];
    state = await createAgency(app, admin, { level: 'state' });
    tenant = await createAgency(app, admin, { level: 'private', rfc: 'BAN010101AB1' });
    await http().post('/api/agreements').set(admin.auth)
      .send({ buildingId: building.id, agencyId: state.id, spaceIds: [s1.id], kind: 'comodato', startDate: '2047-01-01', endDate: '2047-12-31', headcount: 5, referenceRentPerM2: '200', previousMonthlyElectricity: '3000', activate: true })
      .expect(201);
    await http().post('/api/agreements').set(admin.auth)
      .send({ buildingId: building.id, agencyId: tenant.id, spaceIds: [s2.id], kind: 'lease', monthlyRent: '5000', startDate: '2047-03-01', endDate: '2047-04-15', headcount: 3, activate: true })
      .expect(201);

    const [{ id: electricity }] = await db.query(`INSERT INTO utility_services (building_id, kind, name, unit) VALUES ($1, 'electricity', 'Energía eléctrica', 'kWh') RETURNING id`, [building.id]);
    const [{ id: water }] = await db.query(`INSERT INTO utility_services (building_id, kind, name, unit) VALUES ($1, 'water', 'Agua potable', 'm3') RETURNING id`, [building.id]);
    // A first run of March, superseded by a later one: only the latest run's charges count.
    const old = await run('2047-03', '2047-04-01T10:00:00Z');
    await bill(electricity, '2047-03', '2000.00', old, [[state.id, 'tenant', '999.99'], [null, 'vacancy', '1000.01']]);
    const march = await run('2047-03', '2047-04-02T10:00:00Z');
    await bill(electricity, '2047-03', '2000.00', march, [[state.id, 'tenant', '1234.56'], [tenant.id, 'tenant', '500.00'], [null, 'vacancy', '265.44']]);
    await bill(water, '2047-03', '1000.00', march, [[state.id, 'tenant', '300.00'], [tenant.id, 'tenant', '400.00'], [null, 'vacancy', '300.00']]);
    await db.query(
      `INSERT INTO adjustments (period, corrects_period, building_id, service_id, agency_id, amount, reason, created_by)
       VALUES ('2047-03', '2047-02', $1, $2, $3, -100.00, 'Lectura de agua corregida', 'finanzas')`,
      [building.id, water, state.id],
    );
  });
  afterAll(() => app.close());

  it('groups a month’s charges by building and service, with adjustments and the total', async () => {
    const res = await http().get(`/api/statements?agencyId=${state.id}&period=2047-03`).set(admin.auth).expect(200);
    const s = res.body;
    expect(s.agency).toMatchObject({ id: state.id, acronym: state.acronym, level: 'state' });
    expect(s).toMatchObject({ period: '2047-03', from: '2047-03-01', to: '2047-03-31', currency: 'MXN' });
    expect(s.buildings).toHaveLength(1);
    const [b] = s.buildings;
    expect(b.building).toEqual({ id: building.id, code: building.code, name: building.name });
    expect(b.lines.map((l: { service: string; amount: string }) => [l.service, l.amount])).toEqual([
      ['Agua potable', '300.00'],
      ['Energía eléctrica', '1234.56'],
    ]);
    expect(b.lines[1]).toMatchObject({ period: '2047-03', basis: 'area', basisQuantity: 50, daysCovered: 31, serviceKind: 'electricity' });
    expect(b).toMatchObject({ servicesTotal: '1534.56', rent: '0.00', rentLines: [], subtotal: '1534.56' });
    expect(s.adjustments).toEqual([expect.objectContaining({ period: '2047-03', correctsPeriod: '2047-02', amount: '-100.00', service: 'Agua potable', reason: 'Lectura de agua corregida' })]);
    expect(s.adjustmentsTotal).toBe('-100.00');
    expect(s.total).toBe('1434.56');
  });

  it('adds a lease’s rent, pro-rated by the days its agreement covers in each month', async () => {
    const march = (await http().get(`/api/statements?agencyId=${tenant.id}&period=2047-03`).set(admin.auth).expect(200)).body;
    expect(march.buildings[0]).toMatchObject({ servicesTotal: '900.00', rent: '5000.00', subtotal: '5900.00' });
    expect(march.buildings[0].rentLines).toEqual([expect.objectContaining({ period: '2047-03', monthlyRent: '5000.00', daysCovered: 31, daysInMonth: 31, amount: '5000.00' })]);
    expect(march.total).toBe('5900.00');

    const april = (await http().get(`/api/statements?agencyId=${tenant.id}&period=2047-04`).set(admin.auth).expect(200)).body;
    expect(april.buildings[0].rentLines).toEqual([expect.objectContaining({ daysCovered: 15, daysInMonth: 30, amount: '2500.00' })]);
    expect(april.total).toBe('2500.00');

    const year = (await http().get(`/api/statements?agencyId=${tenant.id}&year=2047`).set(admin.auth).expect(200)).body;
    expect(year).toMatchObject({ year: 2047, from: '2047-01-01', to: '2047-12-31' });
    expect(year.buildings[0]).toMatchObject({ servicesTotal: '900.00', rent: '7500.00', subtotal: '8400.00' });
    expect(year.total).toBe('8400.00');
  });

  it('answers an empty statement with zero totals', async () => {
    const res = await http().get(`/api/statements?agencyId=${state.id}&period=2046-01`).set(admin.auth).expect(200);
    expect(res.body).toMatchObject({ buildings: [], adjustments: [], adjustmentsTotal: '0.00', total: '0.00' });
  });

  it('gives a liaison only its own agency’s statement', async () => {
    const liaison = await sessionAs(app, 'agency_liaison', { agencyId: state.id });
    await http().get(`/api/statements?agencyId=${state.id}&period=2047-03`).set(liaison.auth).expect(200);
    const own = await http().get('/api/statements?period=2047-03').set(liaison.auth).expect(200);
    expect(own.body.total).toBe('1434.56');
    const other = await http().get(`/api/statements?agencyId=${tenant.id}&period=2047-03`).set(liaison.auth).expect(404);
    expect(other.body.message).toMatch(/No se encontró/);
    await http().get(`/api/statements?agencyId=${tenant.id}&period=2047-03&format=pdf`).set(liaison.auth).expect(404);
  });

  it('shows a building administrator only its buildings’ lines; other roles as the matrix says', async () => {
    const mine = await sessionAs(app, 'building_admin', { buildingIds: [building.id] });
    expect((await http().get(`/api/statements?agencyId=${state.id}&period=2047-03`).set(mine.auth).expect(200)).body.total).toBe('1434.56');
    const other = await sessionAs(app, 'building_admin', { buildingIds: [] });
    const res = await http().get(`/api/statements?agencyId=${state.id}&period=2047-03`).set(other.auth).expect(200);
    expect(res.body).toMatchObject({ buildings: [], adjustments: [], total: '0.00' });
    for (const role of ['finance', 'auditor'] as const) {
      await http().get(`/api/statements?agencyId=${state.id}&period=2047-03`).set((await sessionAs(app, role)).auth).expect(200);
    }
    await http().get(`/api/statements?agencyId=${state.id}&period=2047-03`).set((await sessionAs(app, 'inspector')).auth).expect(403);
  });

  it('answers bad queries with a 400 per field', async () => {
    const none = await http().get(`/api/statements?agencyId=${state.id}`).set(admin.auth).expect(400);
    expect(none.body.errors.period).toMatch(/AAAA-MM/);
    const both = await http().get(`/api/statements?agencyId=${state.id}&period=2047-03&year=2047`).set(admin.auth).expect(400);
    expect(both.body.errors.year).toMatch(/no ambos/);
    const bad = await http().get(`/api/statements?agencyId=x&period=2047-13&format=doc`).set(admin.auth).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['agencyId', 'format', 'period']);
    const missing = await http().get('/api/statements?period=2047-03').set(admin.auth).expect(400);
    expect(missing.body.errors.agencyId).toBe('Es obligatorio');
    await http().get('/api/statements?agencyId=00000000-0000-0000-0000-000000000000&period=2047-03').set(admin.auth).expect(404);
  });

  it('downloads the statement as a PDF', async () => {
    const res = await http().get(`/api/statements?agencyId=${state.id}&period=2047-03&format=pdf`).set(admin.auth).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="estado-de-cuenta_${state.acronym.replace(/[^A-Za-z0-9._-]+/g, '-')}_2047-03.pdf"`);
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.length).toBeGreaterThan(1000);
  });

  it('downloads the statement as a workbook with numeric amounts in MXN', async () => {
    const res = await http().get(`/api/statements?agencyId=${state.id}&period=2047-03&format=xlsx`).set(admin.auth).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="estado-de-cuenta_.+_2047-03\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Buffer);
    const ws = wb.getWorksheet('Estado de cuenta')!;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((r) => rows.push(r));
    expect(rows[0].getCell(1).value).toMatch(/^Gobierno del Estado de México/);
    const total = rows.find((r) => r.getCell(1).value === 'Total')!;
    expect(total.getCell(6).value).toBe(1434.56);
    expect(total.getCell(6).numFmt).toContain('#,##0.00');
    const electricity = rows.find((r) => String(r.getCell(3).value).startsWith('Energía eléctrica'))!;
    expect(electricity.getCell(6).value).toBe(1234.56);
  });
});
