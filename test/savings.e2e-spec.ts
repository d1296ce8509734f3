import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Actor } from '../src/common/actor';
import { monthSpan, type MonthSpan } from '../src/common/periods';
import { scopeOf } from '../src/common/scope';
import { SqlParams } from '../src/common/sql-params';
import { savingsQuery } from '../src/savings/savings.query';
import { currentRunsSql } from '../src/statements/current-charges';
import { createAgency, createBuildingWithSpaces, type Session, sessionAs, startApp, unique } from './support/test-app';

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

/**
 * The report computed from scratch, from agreements, their spaces, buildings and every charge, as it
 * was before anything was precomputed (round per agreement and month, in numeric, from the clipped
 * dates): the precomputed report must give exactly the same rows.
 */
function referenceQuery(actor: Actor, span: MonthSpan, groupBy: 'year' | 'month' | 'building' | 'level' | 'agency') {
  const p = new SqlParams();
  const first = p.add(span.first);
  const last = p.add(span.last);
  const fromPeriod = p.add(span.fromPeriod);
  const toPeriod = p.add(span.toPeriod);
  const scope = (expr: string) => scopeOf(actor, p, { building: expr }).map((c) => `AND ${c}`).join(' ');
  const base = { year: 'period', month: 'period', building: 'building_id', level: 'agency_id', agency: 'agency_id' }[groupBy];
  const key = { year: 'left(x.period, 4)', month: 'x.period', building: 'x.building_id::text', level: `COALESCE(ag.level, 'dgrm')`, agency: `COALESCE(ag.id::text, 'dgrm')` }[groupBy];
  const joins = { year: '', month: '', building: '', level: 'LEFT JOIN agencies ag ON ag.id = x.agency_id', agency: 'LEFT JOIN agencies ag ON ag.id = x.agency_id' }[groupBy];
  const daysIn = (d: string) => `((date_trunc('month', ${d}) + interval '1 month')::date - date_trunc('month', ${d})::date)`;
  const money = (cents: string) => `(COALESCE(${cents}, 0) / 100.0)::numeric(18,2)::text`;
  const chargeBase = { period: 'c.period::text', building_id: 'c.building_id', agency_id: `CASE WHEN c.payer = 'tenant' THEN c.agency_id END` }[base];
  const text = `
    WITH clipped AS (
      SELECT a.id, a.agency_id, a.building_id, ag.level = 'state' AS own_office,
             CASE WHEN a.reference_rent_per_m2 IS NOT NULL THEN a.reference_rent_per_m2 * ar.usable * b.ru_ratio
                  ELSE COALESCE(a.previous_monthly_rent, 0) END - COALESCE(a.monthly_rent, 0) AS lease_month,
             COALESCE(a.previous_monthly_electricity, 0) AS power_month,
             GREATEST(a.start_date, ${first}::date) AS s, LEAST(COALESCE(a.terminated_on, a.end_date), ${last}::date) AS e
        FROM agreements a
        JOIN (SELECT x.agreement_id, sum(s.usable_area_m2) AS usable FROM agreement_spaces x JOIN spaces s ON s.id = x.space_id
               WHERE x.blocking GROUP BY x.agreement_id) ar ON ar.agreement_id = a.id
        JOIN buildings b ON b.id = a.building_id
        JOIN agencies ag ON ag.id = a.agency_id
       WHERE a.status <> 'draft' AND a.start_date <= ${last}::date AND COALESCE(a.terminated_on, a.end_date) >= ${first}::date ${scope('a.building_id')}
    ),
    monthly AS (
      SELECT c.agency_id, c.building_id, c.own_office, to_char(m, 'YYYY-MM') AS period,
             round(c.lease_month * (LEAST(c.e, (m + interval '1 month')::date - 1) - GREATEST(c.s, m::date) + 1) * 100 / ${daysIn('m')}) AS lease,
             round(c.power_month * (LEAST(c.e, (m + interval '1 month')::date - 1) - GREATEST(c.s, m::date) + 1) * 100 / ${daysIn('m')}) AS power
        FROM clipped c CROSS JOIN LATERAL generate_series(date_trunc('month', c.s), c.e::timestamp, interval '1 month') m
    ),
    agreement_parts AS (
      SELECT ${base === 'period' ? 'mo.period' : base}, sum(lease) AS lease, sum(power) AS power, 0::numeric AS vacancy, sum(lease) FILTER (WHERE own_office) AS own
        FROM ${base === 'period' ? `(SELECT to_char(m, 'YYYY-MM') AS period FROM generate_series(${first}::timestamp, ${last}::timestamp, interval '1 month') m) mo LEFT JOIN monthly USING (period)` : 'monthly'}
       GROUP BY 1
    ),
    runs AS (${currentRunsSql(fromPeriod, toPeriod)}),
    charge_parts AS (
      SELECT ${chargeBase} AS ${base}, 0::numeric AS lease,
             COALESCE(-sum(c.amount) FILTER (WHERE c.payer = 'tenant'), 0) * 100 AS power,
             COALESCE(sum(c.amount) FILTER (WHERE c.payer <> 'tenant'), 0) * 100 AS vacancy, 0::numeric AS own
        FROM charges c
        JOIN runs r ON r.run_id = c.run_id AND r.building_id = c.building_id
       WHERE (c.payer <> 'tenant' OR c.service_id IN (SELECT id FROM utility_services WHERE kind = 'electricity')) ${scope('c.building_id')}
       GROUP BY 1
    ),
    parts AS (SELECT * FROM agreement_parts UNION ALL SELECT * FROM charge_parts)
    SELECT ${key} AS key, ${money('sum(x.lease)')} AS "leaseSavings", ${money('sum(x.power)')} AS "electricitySavings",
           ${money('sum(x.vacancy)')} AS "vacancyCost", ${money('sum(x.own)')} AS "ownOfficeLeases"
      FROM parts x ${joins}
     GROUP BY 1 ORDER BY 1`;
  return { text, values: p.values };
}

describe('Savings report kept in step with its sources', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: Session;
  let finance: Session;
  let actor: Actor;
  const s: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const RANGES: [string, string][] = [['2093-01', '2094-12'], ['2093-02', '2093-02'], ['2093-03', '2094-02'], ['2092-06', '2093-01']];

  /** Every grouping of every range, precomputed and from scratch, and the precomputed tables against their sources. */
  async function expectSameAsFromScratch() {
    for (const [from, to] of RANGES) {
      for (const groupBy of ['year', 'month', 'building', 'level', 'agency'] as const) {
        const fast = savingsQuery(actor, monthSpan(from, to), groupBy);
        const slow = referenceQuery(actor, monthSpan(from, to), groupBy);
        const rows = (await db.query(fast.text, fast.values)) as Record<string, unknown>[];
        const expected = (await db.query(slow.text, slow.values)) as Record<string, unknown>[];
        const actual = rows.filter((r) => !r.isTotal).map(({ key, leaseSavings, electricitySavings, vacancyCost, ownOfficeLeases }) =>
          ({ key, leaseSavings, electricitySavings, vacancyCost, ownOfficeLeases }));
        expect(`${from}…${to} by ${groupBy}: ${JSON.stringify(actual.sort((a, b) => String(a.key).localeCompare(String(b.key))))}`)
          .toBe(`${from}…${to} by ${groupBy}: ${JSON.stringify(expected.sort((a, b) => String(a.key).localeCompare(String(b.key))))}`);
      }
    }
    const [stale] = await db.query(`
      WITH every AS (SELECT * FROM agreement_savings_rows(ARRAY(SELECT id FROM agreements))),
      fresh AS (
        SELECT c.run_id, c.building_id, c.period, c.agency_id, c.payer, count(*)::int AS charges, sum(c.amount * 100)::bigint AS amount,
               (count(*) FILTER (WHERE s.kind = 'electricity'))::int AS electricity_charges,
               COALESCE(sum(c.amount * 100) FILTER (WHERE s.kind = 'electricity'), 0)::bigint AS electricity
          FROM charges c JOIN utility_services s ON s.id = c.service_id GROUP BY 1, 2, 3, 4, 5),
      fresh_buildings AS (
        SELECT run_id, building_id, period, sum(charges)::int AS charges, sum(CASE WHEN payer = 'tenant' THEN electricity_charges ELSE charges END)::int AS relevant,
               sum(amount)::bigint AS amount, COALESCE(sum(electricity) FILTER (WHERE payer = 'tenant'), 0)::bigint AS tenant_electricity,
               COALESCE(sum(amount) FILTER (WHERE payer <> 'tenant'), 0)::bigint AS dgrm
          FROM fresh GROUP BY 1, 2, 3)
      SELECT (SELECT count(*) FROM ((TABLE agreement_savings EXCEPT ALL TABLE every) UNION ALL (TABLE every EXCEPT ALL TABLE agreement_savings)) x)::int AS agreements,
             (SELECT count(*) FROM ((TABLE charge_totals EXCEPT ALL TABLE fresh) UNION ALL (TABLE fresh EXCEPT ALL TABLE charge_totals)) x)::int AS charges,
             (SELECT count(*) FROM ((TABLE charge_building_totals EXCEPT ALL TABLE fresh_buildings)
                                    UNION ALL (TABLE fresh_buildings EXCEPT ALL TABLE charge_building_totals)) x)::int AS buildings`);
    expect(stale).toEqual({ agreements: 0, charges: 0, buildings: 0 });
  }

  beforeAll(async () => {
    app = await startApp();
    db = app.get(DataSource);
    admin = await sessionAs(app, 'admin');
    finance = await sessionAs(app, 'finance');
    const { building, spaces } = await createBuildingWithSpaces(app, admin, 4);
    actor = { id: 'x', username: 'x', role: 'building_admin', agencyId: null, buildingIds: [building.id] };
    s.building = building.id;
    s.spaces = JSON.stringify(spaces.map((x: { id: string }) => x.id));
    const ids = spaces.map((x: { id: string }) => x.id);
    s.space0 = ids[0];
    s.space3 = ids[3];
    const state = await createAgency(app, admin, { level: 'state' });
    const federal = await createAgency(app, admin, { level: 'federal' });
    s.federal = federal.id;
    const agreement = async (body: Record<string, unknown>) =>
      (await http().post('/api/agreements').set(admin.auth).send({ buildingId: building.id, headcount: 3, activate: true, ...body }).expect(201)).body.id;
    // A lease over two years with a reference rent (odd amounts, so that rounding matters), a short
    // comodato inside one month with a documented previous rent, and a draft.
    s.lease = await agreement({ agencyId: state.id, spaceIds: [ids[0], ids[1]], kind: 'lease', monthlyRent: '1234.56', startDate: '2093-01-10',
      endDate: '2094-03-20', referenceRentPerM2: '150.55', previousMonthlyElectricity: '777.77' });
    s.short = await agreement({ agencyId: federal.id, spaceIds: [ids[2]], kind: 'comodato', startDate: '2093-02-15', endDate: '2093-02-20',
      previousMonthlyRent: '3333.33', previousMonthlyElectricity: '100.01' });
    await http().post('/api/agreements').set(admin.auth).send({ buildingId: building.id, agencyId: federal.id, spaceIds: [ids[3]], kind: 'comodato',
      startDate: '2093-05-01', endDate: '2093-08-31', headcount: 1, referenceRentPerM2: '99' }).expect(201);

    const service = async (kind: string, name: string) =>
      (await db.query(`INSERT INTO utility_services (building_id, kind, name) VALUES ($1, $2, $3) RETURNING id`, [building.id, kind, name]))[0].id;
    s.power = await service('electricity', 'CFE');
    s.water = await service('water', 'Agua');
    for (const period of ['2093-01', '2093-02', '2093-03']) {
      for (const [serviceId, amount] of [[s.power, '4321.09'], [s.water, '876.54']]) {
        await db.query(`INSERT INTO utility_bills (service_id, building_id, period, amount, invoice_number) VALUES ($1, $2, $3, $4, $5)`,
          [serviceId, building.id, period, amount, unique('F-')]);
      }
    }
    await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2093-01', through: '2093-03', buildingId: building.id }).expect(201);
  });
  afterAll(() => app.close());

  it('matches the computation from scratch after a run', async () => {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM charge_totals WHERE building_id = $1`, [s.building]);
    expect(n).toBeGreaterThan(0);
    await expectSameAsFromScratch();
  });

  it('follows an agreement’s dates, rent and spaces', async () => {
    await http().put(`/api/agreements/${s.lease}`).set(admin.auth).send({ endDate: '2094-02-27', monthlyRent: '1500.01' }).expect(200);
    await expectSameAsFromScratch();
    await http().put(`/api/agreements/${s.lease}`).set(admin.auth).send({ spaceIds: [s.space0] }).expect(200);
    await expectSameAsFromScratch();
    await http().post(`/api/agreements/${s.short}/terminate`).set(admin.auth).send({ terminatedOn: '2093-02-17', reason: 'Cambio de sede' }).expect(200);
    await expectSameAsFromScratch();
  });

  it('follows a space’s area, the building’s R/U ratio and an agency’s level', async () => {
    await http().put(`/api/spaces/${s.space0}`).set(admin.auth).send({ usableAreaM2: 33.33 }).expect(200);
    await expectSameAsFromScratch();
    await http().put(`/api/buildings/${s.building}`).set(admin.auth).send({ ruRatio: 1.2345 }).expect(200);
    await expectSameAsFromScratch();
    await http().put(`/api/agencies/${s.federal}`).set(admin.auth).send({ level: 'state' }).expect(200);
    await expectSameAsFromScratch();
  });

  it('follows a new run that replaces the charges, and a service that stops being electricity', async () => {
    await db.query(`UPDATE utility_bills SET amount = 5000.03 WHERE service_id = $1 AND period = '2093-02'`, [s.power]);
    await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2093-02', buildingId: s.building }).expect(201);
    await expectSameAsFromScratch();
    await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2093-02', buildingId: s.building, dryRun: true }).expect(201);
    await expectSameAsFromScratch();
    await db.query(`UPDATE utility_services SET kind = 'other' WHERE id = $1`, [s.power]);
    await expectSameAsFromScratch();
    await db.query(`UPDATE utility_services SET kind = 'electricity' WHERE id = $1`, [s.power]);
    await expectSameAsFromScratch();
  });

  it('follows charges written, changed and deleted one by one', async () => {
    const [charge] = await db.query(`SELECT id FROM charges WHERE building_id = $1 AND payer = 'tenant' AND service_id = $2 LIMIT 1`, [s.building, s.power]);
    await db.query(`UPDATE charges SET amount = amount + 1.01 WHERE id = $1`, [charge.id]);
    await expectSameAsFromScratch();
    await db.query(`DELETE FROM charges WHERE id = $1`, [charge.id]);
    await expectSameAsFromScratch();
  });
});
