import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAgency, createBuildingWithSpaces, type Session, sessionAs, startApp, unique } from './support/test-app';

/**
 * The operation indicator on a hand-computed month, and the attendance report by its groupings.
 * Uses March 2015 (declares 2015-03-20 non-working) and this suite's own buildings.
 */
describe('Operation indicator and attendance', () => {
  let app: INestApplication;
  let admin: Session;
  let building: { id: string; code: string; name: string };
  let agencyA: { id: string; acronym: string };
  let agencyF: { id: string; acronym: string };
  const http = () => request(app.getHttpServer());
  const HEADER = 'building,date,agency,visitors,procedures,status,closed_reason';

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
    building = (await createBuildingWithSpaces(app, admin, 0)).building;
    await http().put(`/api/buildings/${building.id}`).set(admin.auth).send({ openedOn: '2015-03-10' }).expect(200);
    agencyA = await createAgency(app, admin, { acronym: unique('RA'), level: 'state' });
    agencyF = await createAgency(app, admin, { acronym: unique('RF'), level: 'federal' });
    // Declared days are global: a database kept from an earlier run already has this one.
    await app.get(DataSource).query(`INSERT INTO calendar_days (date, kind, name) VALUES ('2015-03-20', 'non_working', 'Día no laborable de prueba') ON CONFLICT (date) DO NOTHING`);
    const rows = [
      ...['2015-03-10', '2015-03-11', '2015-03-12', '2015-03-17'].flatMap((d) => [`${building.code},${d},${agencyA.acronym},100,60,,`, `${building.code},${d},${agencyF.acronym},50,45,,`]),
      `${building.code},2015-03-13,,,,closed,Fumigación`,
      // 16 March 2015 is the third Monday of March: open on a holiday does not count.
      `${building.code},2015-03-16,${agencyA.acronym},10,10,,`,
      `${building.code},2015-04-01,${agencyA.acronym},7,3,,`,
    ];
    await http().post('/api/operation-days/import').set(admin.auth).attach('file', Buffer.from([HEADER, ...rows].join('\n')), 'marzo.csv').expect(200);
  });
  afterAll(() => app.close());

  it('computes days operated ÷ working days × 100 from the opening date, listing the closed working days', async () => {
    const res = await http().get('/api/reports/operation-indicator').query({ year: 2015, buildingId: building.id }).set(admin.auth).expect(200);
    const march = res.body.rows.find((r: { month: number | null }) => r.month === 3);
    // Working days 10–31 March 2015: 16 weekdays, less the 16th (holiday) and the 20th (declared) = 14. Opened 4 of them.
    expect(march).toMatchObject({ buildingId: building.id, code: building.code, workingDays: 14, daysOperated: 4, indicator: 28.57 });
    expect(march.closedWorkingDays[0]).toEqual({ date: '2015-03-13', reason: 'Fumigación' });
    expect(march.closedWorkingDays.map((d: { date: string }) => d.date)).toEqual([
      '2015-03-13', '2015-03-18', '2015-03-19', '2015-03-23', '2015-03-24', '2015-03-25', '2015-03-26', '2015-03-27', '2015-03-30', '2015-03-31',
    ]);
    expect(march.closedWorkingDays[1].reason).toBe('Sin registro en la bitácora');
    expect(res.body.rows.map((r: { month: number | null }) => r.month)).toEqual([null, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const year = res.body.rows[0];
    const months = res.body.rows.slice(1);
    expect(year.workingDays).toBe(months.reduce((s: number, r: { workingDays: number }) => s + r.workingDays, 0));
    expect(year.daysOperated).toBe(5);
    expect(year.indicator).toBe(Math.round((5 / year.workingDays) * 10000) / 100);
    await http().get('/api/reports/operation-indicator').query({ year: 'dos mil' }).set(admin.auth).expect(400);
  });

  it('sums visitors and procedures by year, month, building, agency and government level, and exports them', async () => {
    const q = { from: '2015-01', to: '2015-12', buildingId: building.id };
    const get = async (groupBy: string) => (await http().get('/api/reports/attendance').query({ ...q, groupBy }).set(admin.auth).expect(200)).body;
    const byYear = await get('year');
    expect(byYear).toMatchObject({ from: '2015-01', to: '2015-12', groupBy: 'year', rows: [{ key: '2015', label: '2015', visitors: 617, procedures: 433 }], totals: { visitors: 617, procedures: 433 } });
    expect(typeof byYear.illustrative).toBe('boolean');
    expect((await get('month')).rows).toEqual([
      { key: '2015-03', label: '2015-03', visitors: 610, procedures: 430 }, { key: '2015-04', label: '2015-04', visitors: 7, procedures: 3 },
    ]);
    expect((await get('level')).rows).toEqual([
      { key: 'federal', label: 'Federal', visitors: 200, procedures: 180 }, { key: 'state', label: 'Estatal', visitors: 417, procedures: 253 },
    ]);
    expect((await get('agency')).rows.map((r: { key: string }) => r.key).sort()).toEqual([agencyA.id, agencyF.id].sort());
    expect((await get('building')).rows).toEqual([{ key: building.id, label: `${building.code} — ${building.name}`, visitors: 617, procedures: 433 }]);
    const federal = await http().get('/api/reports/attendance').query({ ...q, level: 'federal', groupBy: 'year' }).set(admin.auth).expect(200);
    expect(federal.body.totals).toEqual({ visitors: 200, procedures: 180 });

    const csv = await http().get('/api/reports/attendance').query({ ...q, groupBy: 'month', format: 'csv' }).set(admin.auth).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain('2015-03,2015-03,610,430');
    const xlsx = await http().get('/api/reports/attendance').query({ ...q, groupBy: 'level', format: 'xlsx' }).set(admin.auth)
      .buffer(true).parse((res, cb) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => cb(null, Buffer.concat(chunks))); })
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    const values = wb.worksheets[0].getSheetValues().flat().filter((v) => v !== undefined && v !== null);
    expect(values).toEqual(expect.arrayContaining(['Federal', 200, 180, 'Total', 617, 433]));

    await http().get('/api/reports/attendance').query({ from: '2015-05', to: '2015-01' }).set(admin.auth).expect(400);
    await http().get('/api/reports/attendance').query({ groupBy: 'planet' }).set(admin.auth).expect(400);
  });

  it('keeps a building administrator to their buildings', async () => {
    const other = (await createBuildingWithSpaces(app, admin, 0)).building;
    const manager = await sessionAs(app, 'building_admin', { buildingIds: [other.id] });
    const res = await http().get('/api/reports/attendance').query({ from: '2015-01', to: '2015-12', groupBy: 'building' }).set(manager.auth).expect(200);
    expect(res.body.rows).toEqual([]);
    const ind = await http().get('/api/reports/operation-indicator').query({ year: 2015 }).set(manager.auth).expect(200);
    expect(ind.body.rows.every((r: { buildingId: string }) => r.buildingId === other.id)).toBe(true);
  });
});
