import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAgency, type Session, sessionAs, startApp, unique } from './support/test-app';

const cents = (amount: string) => BigInt(amount.replace('.', ''));
const AMOUNTS = ['leaseSavings', 'electricitySavings', 'totalSavings', 'vacancyCost', 'ownOfficeLeases'] as const;

function binary(res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/**
 * Hand-computed savings in 2048, in two buildings of their own (read by a building administrator of
 * both, so that other suites' data does not count):
 *  - T (R/U 1.2): a state agency, comodato on 50 m² at a reference of 200 MXN/m², March and April:
 *    200 × 50 × 1.2 = 12,000.00 a month; electricity baseline 3,000.00, charged 1,234.56 in March
 *    (1,765.44 saved) and nothing in April (no run yet: 3,000.00 saved). The bill's vacant share, 765.44,
 *    is the DGRM's. A federal agency, comodato on 50 m² from 16 to 30 April (terminated early): half of
 *    April, 6,000.00. A draft agreement that counts for nothing.
 *  - U (R/U 1.25): a private lease of 32 m² at a reference of 200 (8,000.00) paying 5,000.00 from 1 March
 *    to 15 April: 3,000.00 in March, 1,500.00 in April; a municipal comodato without reference rent whose
 *    documented previous rent was 4,000.00, in May.
 */
describe('Savings report', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: Session;
  let manager: Session;
  const ids: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const report = async (query: string, who: Session = manager) =>
    (await http().get(`/api/reports/savings?${query}`).set(who.auth).expect(200)).body;

  async function building(ruRatio: number) {
    const code = unique('AH-');
    return (await http().post('/api/buildings').set(admin.auth).send({ code, name: `Centro de ahorro ${code}`, municipality: 'Toluca', ruRatio }).expect(201)).body;
  }
  async function space(buildingId: string, code: string, usableAreaM2: number) {
    return (await http().post('/api/spaces').set(admin.auth).send({ buildingId, code, name: code, floor: 1, type: 'office', usableAreaM2 }).expect(201)).body.id;
  }
  async function agreement(body: Record<string, unknown>) {
    return (await http().post('/api/agreements').set(admin.auth).send({ headcount: 2, activate: true, ...body }).expect(201)).body;
  }

  beforeAll(async () => {
    app = await startApp();
    db = app.get(DataSource);
    admin = await sessionAs(app, 'admin');
    const t = await building(1.2);
    const u = await building(1.25);
    ids.t = t.id;
    ids.u = u.id;
    ids.tCode = t.code;
    manager = await sessionAs(app, 'building_admin', { buildingIds: [t.id, u.id] });
    const state = await createAgency(app, admin, { level: 'state' });
    const federal = await createAgency(app, admin, { level: 'federal' });
    const bank = await createAgency(app, admin, { level: 'private', rfc: 'BAN010101AB1' });
    const town = await createAgency(app, admin, { level: 'municipal' });
    Object.assign(ids, { state: state.id, federal: federal.id, bank: bank.id, town: town.id });

    await agreement({ buildingId: t.id, agencyId: state.id, spaceIds: [await space(t.id, 'A-1', 50)], kind: 'comodato',
      startDate: '2048-03-01', endDate: '2048-04-30', referenceRentPerM2: '200', previousMonthlyElectricity: '3000' });
    const early = await agreement({ buildingId: t.id, agencyId: federal.id, spaceIds: [await space(t.id, 'A-2', 50)], kind: 'comodato',
      startDate: '2048-04-16', endDate: '2048-06-30', referenceRentPerM2: '200' });
    await http().post(`/api/agreements/${early.id}/terminate`).set(admin.auth).send({ terminatedOn: '2048-04-30', reason: 'Cambio de sede' }).expect(200);
    await http().post('/api/agreements').set(admin.auth).send({ buildingId: t.id, agencyId: state.id, spaceIds: [await space(t.id, 'A-3', 80)],
      kind: 'comodato', startDate: '2048-05-01', endDate: '2048-05-31', headcount: 1, referenceRentPerM2: '300' }).expect(201);
    await agreement({ buildingId: u.id, agencyId: bank.id, spaceIds: [await space(u.id, 'B-1', 32)], kind: 'lease', monthlyRent: '5000',
      startDate: '2048-03-01', endDate: '2048-04-15', referenceRentPerM2: '200' });
    await agreement({ buildingId: u.id, agencyId: town.id, spaceIds: [await space(u.id, 'B-2', 20)], kind: 'comodato',
      startDate: '2048-05-01', endDate: '2048-05-31', previousMonthlyRent: '4000' });

    // March's electricity bill of T, allocated: the state agency's share and the vacant space's.
    await db.query(`INSERT INTO periods (period) VALUES ('2048-03') ON CONFLICT DO NOTHING`);
    const [{ id: service }] = await db.query(`INSERT INTO utility_services (building_id, kind, name) VALUES ($1, 'electricity', 'CFE') RETURNING id`, [t.id]);
    const [{ id: water }] = await db.query(`INSERT INTO utility_services (building_id, kind, name) VALUES ($1, 'water', 'Agua') RETURNING id`, [t.id]);
    const [{ id: run }] = await db.query(`INSERT INTO allocation_runs (period, building_id) VALUES ('2048-03', $1) RETURNING id`, [t.id]);
    const charge = async (serviceId: string, amount: string, shares: [string | null, string, string][]) => {
      const [{ id: bill }] = await db.query(
        `INSERT INTO utility_bills (service_id, building_id, period, amount, invoice_number) VALUES ($1, $2, '2048-03', $3, $4) RETURNING id`,
        [serviceId, t.id, amount, unique('F-')],
      );
      for (const [agencyId, payer, share] of shares) {
        await db.query(
          `INSERT INTO charges (run_id, bill_id, period, building_id, service_id, agency_id, payer, basis, basis_quantity, denominator,
                                days_covered, rate, exact_amount, amount, rounding_adjustment)
           VALUES ($1, $2, '2048-03', $3, $4, $5, $6, 'area', 0, 0, 31, 0, $7, $7, 0)`,
          [run, bill, t.id, serviceId, agencyId, payer, share],
        );
      }
    };
    await charge(service, '2000.00', [[state.id, 'tenant', '1234.56'], [null, 'vacancy', '765.44']]);
    // Water is not electricity: the tenant's share saves nothing, the vacant share is still the DGRM's cost.
    await charge(water, '500.00', [[state.id, 'tenant', '500.00'], [null, 'vacancy', '0.00']]);
  });
  afterAll(() => app.close());

  const TOTALS = { label: 'Total', leaseSavings: '38500.00', electricitySavings: '4765.44', totalSavings: '43265.44', vacancyCost: '765.44', ownOfficeLeases: '24000.00' };

  it('sums the hand-computed cases by year', async () => {
    const r = await report('from=2048-01&to=2048-12&groupBy=year');
    expect(r).toMatchObject({ from: '2048-01', to: '2048-12', groupBy: 'year' });
    expect(r.rows).toEqual([{ key: '2048', label: '2048', ...TOTALS, label: '2048' }]);
    expect(r.totals).toEqual(TOTALS);
  });

  it('pro-rates by days and subtracts electricity charges month by month', async () => {
    const r = await report('from=2048-01&to=2048-12&groupBy=month');
    expect(r.rows).toHaveLength(12);
    const month = (m: string) => r.rows.find((x: { key: string }) => x.key === m);
    expect(month('2048-02')).toMatchObject({ leaseSavings: '0.00', electricitySavings: '0.00', vacancyCost: '0.00' });
    // 12,000.00 comodato + 3,000.00 lease; 3,000.00 − 1,234.56 of electricity.
    expect(month('2048-03')).toEqual({ key: '2048-03', label: 'marzo de 2048', leaseSavings: '15000.00', electricitySavings: '1765.44', totalSavings: '16765.44', vacancyCost: '765.44', ownOfficeLeases: '12000.00' });
    // 12,000.00 + half a month of the lease (1,500.00) + half a month of the federal comodato (6,000.00); no run yet.
    expect(month('2048-04')).toMatchObject({ leaseSavings: '19500.00', electricitySavings: '3000.00', ownOfficeLeases: '12000.00' });
    expect(month('2048-05')).toMatchObject({ leaseSavings: '4000.00', electricitySavings: '0.00' });
    expect(month('2048-06')).toMatchObject({ leaseSavings: '0.00' });
    expect(r.totals).toEqual(TOTALS);
  });

  it('gives the same totals in every grouping, and the rows add up to them', async () => {
    for (const groupBy of ['year', 'month', 'building', 'level', 'agency']) {
      const r = await report(`from=2048-01&to=2048-12&groupBy=${groupBy}`);
      expect(r.totals).toEqual(TOTALS);
      for (const field of AMOUNTS) {
        const sum = r.rows.reduce((acc: bigint, row: Record<string, string>) => acc + cents(row[field]), 0n);
        expect(`${groupBy}.${field}=${sum}`).toBe(`${groupBy}.${field}=${cents(TOTALS[field])}`);
      }
    }
  });

  it('shows the DGRM’s vacancy cost in a row of its own by level and agency', async () => {
    const byLevel = await report('from=2048-01&to=2048-12&groupBy=level');
    expect(byLevel.rows.map((r: { key: string }) => r.key)).toEqual(['state', 'federal', 'municipal', 'private', 'dgrm']);
    expect(byLevel.rows[0]).toEqual({ key: 'state', label: 'Estatal', leaseSavings: '24000.00', electricitySavings: '4765.44', totalSavings: '28765.44', vacancyCost: '0.00', ownOfficeLeases: '24000.00' });
    expect(byLevel.rows[3]).toMatchObject({ label: 'Particular', leaseSavings: '4500.00', ownOfficeLeases: '0.00' });
    expect(byLevel.rows[4]).toEqual({ key: 'dgrm', label: 'DGRM (espacio vacante)', leaseSavings: '0.00', electricitySavings: '0.00', totalSavings: '0.00', vacancyCost: '765.44', ownOfficeLeases: '0.00' });

    const byAgency = await report('from=2048-01&to=2048-12&groupBy=agency');
    expect(byAgency.rows).toHaveLength(5);
    expect(byAgency.rows.find((r: { key: string }) => r.key === ids.federal)).toMatchObject({ leaseSavings: '6000.00' });
    expect(byAgency.rows.find((r: { key: string }) => r.key === ids.town)).toMatchObject({ leaseSavings: '4000.00' });
    expect(byAgency.rows.at(-1)).toMatchObject({ key: 'dgrm', label: 'DGRM (espacio vacante)', vacancyCost: '765.44' });

    const byBuilding = await report('from=2048-01&to=2048-12&groupBy=building');
    expect(byBuilding.rows.find((r: { key: string }) => r.key === ids.t)).toMatchObject({ label: expect.stringContaining(ids.tCode), leaseSavings: '30000.00', vacancyCost: '765.44' });
    expect(byBuilding.rows.find((r: { key: string }) => r.key === ids.u)).toMatchObject({ leaseSavings: '8500.00', vacancyCost: '0.00' });
  });

  it('reads only the span asked for', async () => {
    const r = await report('from=2048-04&to=2048-04&groupBy=year');
    expect(r.totals).toMatchObject({ leaseSavings: '19500.00', electricitySavings: '3000.00', vacancyCost: '0.00' });
  });

  it('is for admin, finance, auditor and building administrators only', async () => {
    for (const role of ['admin', 'finance', 'auditor'] as const) {
      await http().get('/api/reports/savings?from=2048-01&to=2048-12').set((await sessionAs(app, role)).auth).expect(200);
    }
    const liaison = await sessionAs(app, 'agency_liaison', { agencyId: ids.state });
    await http().get('/api/reports/savings').set(liaison.auth).expect(403);
    await http().get('/api/reports/savings').set((await sessionAs(app, 'inspector')).auth).expect(403);
    const elsewhere = await sessionAs(app, 'building_admin', { buildingIds: [] });
    expect((await report('from=2048-01&to=2048-12', elsewhere)).totals).toMatchObject({ leaseSavings: '0.00', vacancyCost: '0.00' });
  });

  it('answers bad queries with a 400 per field', async () => {
    const bad = await http().get('/api/reports/savings?from=2048-13&to=20481&groupBy=day&format=pdf').set(admin.auth).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['format', 'from', 'groupBy', 'to']);
    const reversed = await http().get('/api/reports/savings?from=2048-05&to=2048-01').set(admin.auth).expect(400);
    expect(reversed.body.errors.to).toMatch(/posterior/);
    const long = await http().get('/api/reports/savings?from=2000-01&to=2048-01').set(admin.auth).expect(400);
    expect(long.body.errors.to).toMatch(/240 meses/);
  });

  it('exports CSV and XLSX with the same rows and totals', async () => {
    const csv = await http().get('/api/reports/savings?from=2048-01&to=2048-12&groupBy=level&format=csv').set(manager.auth).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="ahorros_level_2048-01_2048-12.csv"');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Clave,Orden de gobierno,Ahorro en rentas,Ahorro en energía eléctrica,Ahorro total,Costo del espacio vacante (DGRM),Rentas que el Estado ya no paga');
    expect(lines).toContain('dgrm,DGRM (espacio vacante),0.00,0.00,0.00,765.44,0.00');
    expect(lines.at(-1)).toBe(',Total,38500.00,4765.44,43265.44,765.44,24000.00');

    const xlsx = await http().get('/api/reports/savings?from=2048-01&to=2048-12&groupBy=month&format=xlsx').set(manager.auth).buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-disposition']).toMatch(/ahorros_month_2048-01_2048-12\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as Buffer);
    const ws = wb.getWorksheet('Ahorros')!;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((r) => rows.push(r));
    const total = rows.at(-1)!;
    expect(total.getCell(1).value).toBe('Total');
    expect([2, 3, 4, 5, 6].map((i) => total.getCell(i).value)).toEqual([38500, 4765.44, 43265.44, 765.44, 24000]);
    expect(total.getCell(4).numFmt).toContain('#,##0.00');
    expect(rows.some((r) => r.getCell(1).value === 'marzo de 2048')).toBe(true);
  });
});
