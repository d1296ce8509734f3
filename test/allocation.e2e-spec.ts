import { spawn } from 'node:child_process';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { INSERT_CHARGES_SQL } from '../src/allocation/allocation.sql';
import { agreementBody, createAgency, createBuildingWithSpaces, type Session, sessionAs, startApp } from './support/test-app';

/** A building with spaces of 20, 40 and 60 m², two tenants, and one bill per basis. */
async function scenario(app: INestApplication, admin: Session, period: string) {
  const http = request(app.getHttpServer());
  const db = app.get(DataSource);
  const { building, spaces } = await createBuildingWithSpaces(app, admin, 3);
  const a = await createAgency(app, admin);
  const b = await createAgency(app, admin);
  const first = `${period}-01`;
  const last = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).toISOString().slice(0, 10);
  const mid = `${period}-16`;
  // A occupies 20 m² all month with 4 people; B occupies 40 m² from the 16th with 6 people; 60 m² stay vacant.
  const agreementA = (await http.post('/api/agreements').set(admin.auth).send(agreementBody(building.id, a.id, [spaces[0].id], { startDate: first, endDate: `${Number(period.slice(0, 4)) + 1}-12-31`, headcount: 4 })).expect(201)).body;
  await http.post('/api/agreements').set(admin.auth).send(agreementBody(building.id, b.id, [spaces[1].id], { startDate: mid, endDate: `${Number(period.slice(0, 4)) + 1}-12-31`, headcount: 6 })).expect(201);
  const service = async (name: string, basis: string) =>
    (await db.query<{ id: string }[]>(`INSERT INTO utility_services (building_id, kind, name, basis) VALUES ($1, 'other', $2, $3) RETURNING id`, [building.id, name, basis]))[0].id;
  const bill = async (serviceId: string, amount: string) =>
    (await db.query<{ id: string }[]>(`INSERT INTO utility_bills (service_id, building_id, period, amount, invoice_number) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [serviceId, building.id, period, amount, `F-${serviceId.slice(0, 8)}`]))[0].id;
  const area = await service('Limpieza', 'area');
  const people = await service('Vigilancia', 'headcount');
  const equal = await service('Internet', 'equal');
  await bill(area, '1000.00');
  await bill(people, '999.99');
  await bill(equal, '100.00');
  return { building, a, b, agreementA, area, people, equal, last };
}

describe('Allocation of shared-utility costs', () => {
  let app: INestApplication;
  let admin: Session;
  let finance: Session;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
    finance = await sessionAs(app, 'finance');
  });
  afterAll(() => app.close());

  it('splits each bill by its basis, weighted by days, to the centavo, with the working shown', async () => {
    const s = await scenario(app, admin, '2091-04');
    const run = await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-04', buildingId: s.building.id }).expect(201);
    expect(run.body).toMatchObject({ bills: 3, totalAmount: '2099.99', dryRun: false });
    const charges = (await http().get(`/api/charges?filter=${encodeURIComponent(JSON.stringify({ period: '2091-04', buildingId: s.building.id }))}&range=[0,99]`).set(finance.auth).expect(200)).body;
    const amount = (serviceId: string, who: string | null) =>
      charges.find((c: { serviceId: string; agencyId: string | null }) => c.serviceId === serviceId && c.agencyId === who)?.amount;
    // Area: 120 m² × 30 days = 3600 m²·day; A 20×30 = 600 → 166.67; B 40×15 = 600 → 166.67; vacancy 2400 → 666.66
    expect([amount(s.area, s.a.id), amount(s.area, s.b.id), amount(s.area, null)]).toEqual(['166.67', '166.67', '666.66']);
    // Headcount × days: A 4×30 = 120, B 6×15 = 90 → 571.428… and 428.567…: the leftover centavo goes to B's larger remainder
    expect([amount(s.people, s.a.id), amount(s.people, s.b.id)]).toEqual(['571.42', '428.57']);
    // Equal shares weighted by days: 30 and 15 → 66.67 and 33.33
    expect([amount(s.equal, s.a.id), amount(s.equal, s.b.id)]).toEqual(['66.67', '33.33']);
    const vacancy = charges.find((c: { serviceId: string; payer: string }) => c.serviceId === s.area && c.payer === 'vacancy');
    expect(vacancy).toMatchObject({ basis: 'area', basisQuantity: '2400.0000', denominator: '3600.0000', daysCovered: 30 });
    const matrix = (await http().get(`/api/charges/matrix?period=2091-04&buildingId=${s.building.id}`).set(finance.auth).expect(200)).body;
    expect(matrix.totals.total).toBe('2099.99');
    expect(matrix.rows.map((r: { payer: string }) => r.payer)).toEqual(['tenant', 'tenant', 'vacancy']);
  });

  it('replaces the previous charges on a new run, and a dry run keeps nothing', async () => {
    const s = await scenario(app, admin, '2091-05');
    await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-05', buildingId: s.building.id }).expect(201);
    await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-05', buildingId: s.building.id }).expect(201);
    const [{ n }] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM charges WHERE period = '2091-05' AND building_id = $1`, [s.building.id]);
    expect(n).toBe(7);
    const dry = await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-05', buildingId: s.building.id, dryRun: true }).expect(201);
    expect(dry.body.dryRun).toBe(true);
    const runs = await app.get(DataSource).query(`SELECT id FROM allocation_runs WHERE id = $1`, [dry.body.id]);
    expect(runs).toEqual([]);
  });

  it('recomputes a range of months in one run per month', async () => {
    const s = await scenario(app, admin, '2091-10');
    const res = await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-08', through: '2091-10', buildingId: s.building.id }).expect(201);
    expect(res.body.map((r: { period: string; bills: number }) => [r.period, r.bills])).toEqual([['2091-08', 0], ['2091-09', 0], ['2091-10', 3]]);
    const bad = await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-10', through: '2091-08' }).expect(400);
    expect(bad.body.errors.through).toBeDefined();
  });

  it('splits a sub-metered service by each tenant’s readings and warns when they exceed the main meter', async () => {
    const s = await scenario(app, admin, '2091-11');
    const db = app.get(DataSource);
    const [{ id: serviceId }] = await db.query(`INSERT INTO utility_services (building_id, kind, name, unit, basis) VALUES ($1, 'electricity', 'CFE', 'kWh', 'submeter') RETURNING id`, [s.building.id]);
    const spaces = await db.query(`SELECT id, code FROM spaces WHERE building_id = $1 ORDER BY code`, [s.building.id]);
    const meter = async (kind: string, spaceId: string | null, code: string, before: number, now: number) => {
      const [{ id }] = await db.query(`INSERT INTO meters (service_id, building_id, code, kind, space_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [serviceId, s.building.id, code, kind, spaceId]);
      await db.query(`INSERT INTO meter_readings (meter_id, period, reading) VALUES ($1, '2091-10', $2), ($1, '2091-11', $3)`, [id, before, now]);
    };
    await meter('main', null, 'M-0', 1000, 1900); // 900 kWh in all
    await meter('sub', spaces[0].id, 'S-1', 0, 600); // A's space, all month
    await meter('sub', spaces[1].id, 'S-2', 0, 400); // B's space, from the 16th
    await db.query(`INSERT INTO utility_bills (service_id, building_id, period, amount, consumption, unit, invoice_number) VALUES ($1, $2, '2091-11', '900.00', 900, 'kWh', 'CFE-1')`, [serviceId, s.building.id]);
    const preview = await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-11', buildingId: s.building.id, dryRun: true }).expect(201);
    expect(preview.body.warnings).toEqual([expect.objectContaining({ serviceId, message: expect.stringMatching(/más que el medidor principal/) })]);
    await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-11', buildingId: s.building.id }).expect(201);
    const charges = (await http().get(`/api/charges?filter=${encodeURIComponent(JSON.stringify({ period: '2091-11', serviceId }))}`).set(finance.auth).expect(200)).body;
    const amount = (who: string | null) => charges.find((c: { agencyId: string | null }) => c.agencyId === who)?.amount;
    // A: 600 kWh × 30 days = 18000; B: 400 kWh × 15 of 30 days = 6000; the main meter's 900 × 30 = 27000,
    // so the DGRM bears 3000 (the half month B's space stood vacant)
    expect([amount(s.a.id), amount(s.b.id), amount(null)]).toEqual(['600.00', '200.00', '100.00']);
    const [{ locked }] = await db.query(`SELECT bool_and(r.locked) AS locked FROM meter_readings r JOIN meters m ON m.id = r.meter_id WHERE m.service_id = $1 AND r.period = '2091-11'`, [serviceId]);
    expect(locked).toBe(true);
  });

  it('freezes a closed period: bills, reruns and agreement changes reaching into it answer 409', async () => {
    const s = await scenario(app, admin, '2091-06');
    await http().post('/api/periods/2091-06/close').set(finance.auth).expect(409); // bills not yet allocated
    await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-06', buildingId: s.building.id }).expect(201);
    const closed = await http().post('/api/periods/2091-06/close').set(finance.auth).expect(200);
    expect(closed.body.status).toBe('closed');
    const rerun = await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-06', buildingId: s.building.id }).expect(409);
    expect(rerun.body.message).toMatch(/2091-06 está cerrado/);
    const figures = async () => JSON.stringify([
      (await http().get('/api/statements').query({ agencyId: s.a.id, period: '2091-06' }).set(admin.auth).expect(200)).body,
      (await http().get('/api/reports/savings').query({ from: '2091-06', to: '2091-06', groupBy: 'agency' }).set(admin.auth).expect(200)).body,
    ], (key, value: unknown) => (key === 'generatedAt' ? undefined : value));
    const before = await figures();
    const agreement = (await http().get(`/api/agreements/${s.agreementA.id}`).set(admin.auth).expect(200)).body;
    for (const change of [
      { kind: 'lease', monthlyRent: '5000.00' }, { referenceRentPerM2: '350.00' }, { previousMonthlyRent: '9000.00' }, { previousMonthlyElectricity: '800.00' },
    ]) {
      for (const termsFrom of [undefined, null, '2091-06-01', '2091-06-30']) {
        const refused = await http().put(`/api/agreements/${s.agreementA.id}`).set(admin.auth).send({ ...change, termsFrom }).expect(409);
        expect(refused.body.message).toMatch(/periodo cerrado 2091-06.*La nueva (modalidad|renta|electricidad).*Aplica desde/);
        expect(refused.body.errors.termsFrom).toBeDefined();
      }
    }
    expect(await figures()).toBe(before);
    // Nor what the closed month's savings and electricity were computed from: a space's area, the R/U ratio, a service's kind.
    const spaceId = agreement.spaceIds[0];
    const space = (await http().get(`/api/spaces/${spaceId}`).set(admin.auth).expect(200)).body;
    const building = (await http().get(`/api/buildings/${s.building.id}`).set(admin.auth).expect(200)).body;
    for (const [path, change, what] of [
      [`/api/spaces/${spaceId}`, { usableAreaM2: space.usableAreaM2 + 5 }, /superficie útil/],
      [`/api/buildings/${s.building.id}`, { ruRatio: 1.25 }, /relación rentable\/útil/],
      [`/api/utility-services/${s.area}`, { kind: 'electricity' }, /tipo del servicio/],
    ] as const) {
      const refused = await http().put(path).set(admin.auth).send(change).expect(409);
      expect(refused.body.message).toMatch(what);
      expect(refused.body.message).toMatch(/periodo cerrado 2091-06/);
    }
    await http().put(`/api/spaces/${spaceId}`).set(admin.auth).send({ usableAreaM2: space.usableAreaM2, name: 'Renombrado' }).expect(200);
    await http().put(`/api/buildings/${s.building.id}`).set(admin.auth).send({ ruRatio: building.ruRatio, notes: 'Sin cambio de cifras' }).expect(200);
    expect(await figures()).toBe(before);
    // The whole record sent back unchanged, as react-admin does, is no change.
    const { id: _id, folio: _f, status: _st, spaceIds, buildingId: _b, ...rest } = agreement;
    const editable = Object.fromEntries(Object.entries(rest).filter(([k]) => ['agencyId', 'kind', 'monthlyRent', 'startDate', 'endDate', 'headcount',
      'referenceRentPerM2', 'previousMonthlyRent', 'previousMonthlyElectricity', 'notes'].includes(k) && rest[k] !== null));
    await http().put(`/api/agreements/${s.agreementA.id}`).set(admin.auth).send({ ...editable, spaceIds }).expect(200);
    expect(await figures()).toBe(before);
    // Who occupies, how many and for how long are refused too.
    for (const change of [{ headcount: 9 }, { agencyId: s.b.id }, { startDate: '2091-05-01' }, { endDate: '2091-06-15' }]) {
      const refused = await http().put(`/api/agreements/${s.agreementA.id}`).set(admin.auth).send(change).expect(409);
      expect(refused.body.message).toMatch(/periodo cerrado 2091-06/);
    }
    expect(await figures()).toBe(before);
    const terminate = await http().post(`/api/agreements/${s.agreementA.id}/terminate`).set(admin.auth).send({ terminatedOn: '2091-06-20', reason: 'Cambio' }).expect(409);
    expect(terminate.body.message).toMatch(/periodo cerrado 2091-06/);
    // What is accepted starts after the closed month: new terms from July, an earlier end in August.
    await http().put(`/api/agreements/${s.agreementA.id}`).set(admin.auth)
      .send({ kind: 'lease', monthlyRent: '5000.00', previousMonthlyRent: '9000.00', previousMonthlyElectricity: '800.00', termsFrom: '2091-07-01' }).expect(200);
    await http().post(`/api/agreements/${s.agreementA.id}/terminate`).set(admin.auth).send({ terminatedOn: '2091-08-20', reason: 'Cambio' }).expect(200);
    expect(await figures()).toBe(before);
    const adjustment = await http()
      .post('/api/adjustments')
      .set(finance.auth)
      .send({ period: '2091-07', correctsPeriod: '2091-06', buildingId: s.building.id, agencyId: s.a.id, amount: '-12.50', reason: 'Corrección de lectura' })
      .expect(201);
    expect(adjustment.body).toMatchObject({ amount: '-12.50', createdBy: expect.any(String) });
    await http().post('/api/adjustments').set(finance.auth).send({ period: '2091-06', correctsPeriod: '2091-05', buildingId: s.building.id, amount: '1.00', reason: 'x' }).expect(409);
  });

  it('prices each month by the term in force: new terms from a day of an open month leave the closed month as it was', async () => {
    const s = await scenario(app, admin, '2097-03');
    await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2097-03', buildingId: s.building.id }).expect(201);
    await http().post('/api/periods/2097-03/close').set(finance.auth).expect(200);
    const month = async (period: string) => JSON.stringify([
      (await http().get('/api/statements').query({ agencyId: s.a.id, period }).set(admin.auth).expect(200)).body,
      (await http().get('/api/reports/savings').query({ from: period, to: period, groupBy: 'agency' }).set(admin.auth).expect(200)).body,
    ], (key, value: unknown) => (key === 'generatedAt' ? undefined : value));
    const march = await month('2097-03');
    const statementOf = async (period: string) => (await http().get('/api/statements').query({ agencyId: s.a.id, period }).set(admin.auth).expect(200)).body;

    // A lease from 16 April: March keeps its comodato; April is half comodato, half a 3,000.00 rent.
    const changed = await http().put(`/api/agreements/${s.agreementA.id}`).set(admin.auth)
      .send({ kind: 'lease', monthlyRent: '3000.00', previousMonthlyRent: '4500.00', termsFrom: '2097-04-16' }).expect(200);
    expect(changed.body).toMatchObject({ kind: 'lease', monthlyRent: '3000.00' });
    expect(changed.body.terms).toEqual([
      expect.objectContaining({ startsOn: '2097-03-01', endsOn: '2097-04-15', kind: 'comodato', monthlyRent: null }),
      expect.objectContaining({ startsOn: '2097-04-16', endsOn: '2098-12-31', kind: 'lease', monthlyRent: '3000.00', previousMonthlyRent: '4500.00' }),
    ]);
    expect(await month('2097-03')).toBe(march);
    const rentLines = async (period: string) =>
      (await statementOf(period)).buildings.flatMap((g: { rentLines: { monthlyRent: string; daysCovered: number; amount: string }[] }) =>
        g.rentLines.map((l) => [l.monthlyRent, l.daysCovered, l.amount]));
    expect(await rentLines('2097-03')).toEqual([]);
    expect(await rentLines('2097-04')).toEqual([['3000.00', 15, '1500.00']]);
    expect(await rentLines('2097-05')).toEqual([['3000.00', 31, '3000.00']]);

    // Lease savings: the documented previous rent less the rent paid, for the days of the new term.
    const leaseSavings = async (period: string) =>
      (await http().get('/api/reports/savings').query({ from: period, to: period, groupBy: 'agency' }).set(admin.auth).expect(200)).body
        .rows.find((r: { key: string }) => r.key === s.a.id)?.leaseSavings;
    expect(await leaseSavings('2097-03')).toBe('0.00');
    expect(await leaseSavings('2097-04')).toBe('750.00');
    expect(await leaseSavings('2097-05')).toBe('1500.00');

    // A later rent from June replaces nothing before it; the terms stay in order.
    const june = await http().put(`/api/agreements/${s.agreementA.id}`).set(admin.auth).send({ monthlyRent: '3100.00', termsFrom: '2097-06-01' }).expect(200);
    expect(june.body.terms.map((t: { startsOn: string; monthlyRent: string | null }) => [t.startsOn, t.monthlyRent]))
      .toEqual([['2097-03-01', null], ['2097-04-16', '3000.00'], ['2097-06-01', '3100.00']]);
    expect(await month('2097-03')).toBe(march);
    const outside = await http().put(`/api/agreements/${s.agreementA.id}`).set(admin.auth).send({ monthlyRent: '1.00', termsFrom: '2099-01-01' }).expect(400);
    expect(outside.body.errors.termsFrom).toMatch(/Debe estar entre/);
  });

  it('shows a liaison only its own agency’s charges, and lets only finance run', async () => {
    const s = await scenario(app, admin, '2091-07');
    await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-07', buildingId: s.building.id }).expect(201);
    const liaison = await sessionAs(app, 'agency_liaison', { agencyId: s.a.id });
    const mine = (await http().get(`/api/charges?filter=${encodeURIComponent(JSON.stringify({ period: '2091-07' }))}&range=[0,99]`).set(liaison.auth).expect(200)).body;
    expect(mine.length).toBe(3);
    expect(mine.every((c: { agencyId: string }) => c.agencyId === s.a.id)).toBe(true);
    await http().post('/api/allocation-runs').set(liaison.auth).send({ period: '2091-07' }).expect(403);
    const manager = await sessionAs(app, 'building_admin', { buildingIds: [s.building.id] });
    await http().post('/api/allocation-runs').set(manager.auth).send({ period: '2091-07' }).expect(403);
    const bad = await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2091-13' }).expect(400);
    expect(bad.body.errors.period).toBeDefined();
  });

  it('shows a building administrator only its buildings’ share of a run over all buildings, and a liaison no matrix', async () => {
    const period = '2093-04';
    const mine = await scenario(app, admin, period);
    const theirs = await scenario(app, admin, period);
    const run = (await http().post('/api/allocation-runs').set(finance.auth).send({ period }).expect(201)).body;
    expect(run).toMatchObject({ buildingId: null, bills: 6, charges: 14, totalAmount: '4199.98' });
    const own = (await http().post('/api/allocation-runs').set(finance.auth).send({ period, buildingId: theirs.building.id }).expect(201)).body;

    const manager = await sessionAs(app, 'building_admin', { buildingIds: [mine.building.id] });
    const listed = (await http().get(`/api/allocation-runs?filter=${encodeURIComponent(JSON.stringify({ period }))}`).set(manager.auth).expect(200)).body;
    expect(listed).toEqual([expect.objectContaining({ id: run.id, bills: 3, charges: 7, totalAmount: '2099.99', vacancyAmount: expect.any(String) })]);
    expect((await http().get(`/api/allocation-runs/${run.id}`).set(manager.auth).expect(200)).body).toMatchObject({ bills: 3, charges: 7, totalAmount: '2099.99' });
    await http().get(`/api/allocation-runs/${own.id}`).set(manager.auth).expect(404);
    const periods = (await http().get('/api/periods').set(manager.auth).expect(200)).body as { period: string; billed: string; charged: string; vacancy: string }[];
    const month = periods.find((p) => p.period === period)!;
    expect(Number(month.billed)).toBeCloseTo(2099.99, 2);
    expect(Number(month.charged) + Number(month.vacancy)).toBeCloseTo(2099.99, 2);

    const liaison = await sessionAs(app, 'agency_liaison', { agencyId: mine.a.id });
    await http().get(`/api/charges/matrix?period=${period}&buildingId=${mine.building.id}`).set(liaison.auth).expect(403);
    await http().get(`/api/charges/matrix?period=${period}&buildingId=${theirs.building.id}`).set(manager.auth).expect(404);
    await http().get(`/api/charges/matrix?period=${period}&buildingId=${mine.building.id}`).set(manager.auth).expect(200);
  });
});

describe('References of charges, checked once per statement', () => {
  let app: INestApplication;
  let admin: Session;
  let finance: Session;
  let db: DataSource;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApp();
    db = app.get(DataSource);
    admin = await sessionAs(app, 'admin');
    finance = await sessionAs(app, 'finance');
  });
  afterAll(() => app.close());

  it('refuses charges pointing at a missing run, agency or bill, or at another building than their bill’s', async () => {
    const s = await scenario(app, admin, '2092-05');
    await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2092-05', buildingId: s.building.id }).expect(201);
    const [charge] = await db.query(`SELECT * FROM charges WHERE building_id = $1 AND payer = 'tenant' LIMIT 1`, [s.building.id]);
    const insert = (changes: Record<string, string>) => {
      const row = { ...charge, ...changes };
      return db.query(
        `INSERT INTO charges (run_id, bill_id, period, building_id, service_id, agency_id, payer, basis, basis_quantity, denominator,
                              days_covered, rate, exact_amount, amount, rounding_adjustment)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [row.run_id, row.bill_id, row.period, row.building_id, row.service_id, row.agency_id, row.payer, row.basis, row.basis_quantity,
          row.denominator, row.days_covered, row.rate, row.exact_amount, row.amount, row.rounding_adjustment],
      );
    };
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(insert({ run_id: missing })).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503', constraint: 'charges_run_id_fkey' }) });
    await expect(insert({ agency_id: missing })).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503', constraint: 'charges_agency_id_fkey' }) });
    await expect(insert({ bill_id: missing })).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503', constraint: 'charges_bill_id_fkey' }) });
    const other = await createBuildingWithSpaces(app, admin, 1);
    await expect(insert({ building_id: other.building.id })).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503' }) });
    await expect(db.query(`UPDATE charges SET agency_id = $2 WHERE id = $1`, [charge.id, missing])).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503' }) });
    await insert({});
  });

  it('keeps a bill, an agency and a run that charges use, and moves a bill’s charges with it to another service', async () => {
    const s = await scenario(app, admin, '2092-06');
    await http().post('/api/allocation-runs').set(finance.auth).send({ period: '2092-06', buildingId: s.building.id }).expect(201);
    const [bill] = await db.query(`SELECT id FROM utility_bills WHERE service_id = $1 AND period = '2092-06'`, [s.area]);
    const refused = await http().delete(`/api/utility-bills/${bill.id}`).set(admin.auth).expect(409);
    expect(refused.body.message).toMatch(/dependen/);
    await expect(db.query(`DELETE FROM agencies WHERE id = $1`, [s.a.id])).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503' }) });
    const [run] = await db.query(`SELECT run_id FROM charges WHERE bill_id = $1 LIMIT 1`, [bill.id]);
    await expect(db.query(`DELETE FROM allocation_runs WHERE id = $1`, [run.run_id])).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503' }) });

    await db.query(`UPDATE utility_bills SET service_id = $2 WHERE id = $1`, [bill.id, s.equal]);
    const moved = await db.query(`SELECT DISTINCT service_id, building_id FROM charges WHERE bill_id = $1`, [bill.id]);
    expect(moved).toEqual([{ service_id: s.equal, building_id: s.building.id }]);
  });
});

describe('A run killed midway', () => {
  let app: INestApplication;
  let admin: Session;
  let finance: Session;

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
    finance = await sessionAs(app, 'finance');
  });
  afterAll(() => app.close());

  it('leaves the previous charges intact', async () => {
    const s = await scenario(app, admin, '2091-09');
    const db = app.get(DataSource);
    await request(app.getHttpServer()).post('/api/allocation-runs').set(finance.auth).send({ period: '2091-09', buildingId: s.building.id }).expect(201);
    const snapshot = () => db.query(`SELECT id, agency_id, amount FROM charges WHERE period = '2091-09' AND building_id = $1 ORDER BY id`, [s.building.id]);
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(0);

    // Another process starts the same run's statements, then dies before committing.
    const child = spawn(process.execPath, ['-e', CHILD], {
      cwd: process.cwd(),
      env: { ...process.env, RUN_SQL: INSERT_CHARGES_SQL, PERIOD: '2091-09', BUILDING: s.building.id },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('midway') && resolve());
      child.once('exit', (code) => reject(new Error(`the child ended first (${code})`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    expect(await snapshot()).toEqual(before);
    await request(app.getHttpServer()).post('/api/allocation-runs').set(finance.auth).send({ period: '2091-09', buildingId: s.building.id }).expect(201);
  });
});

const CHILD = `
const { Client } = require('pg');
(async () => {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('BEGIN');
  const [run] = (await client.query('INSERT INTO allocation_runs (period, building_id) VALUES ($1, $2) RETURNING id', [process.env.PERIOD, process.env.BUILDING])).rows;
  await client.query('DELETE FROM charges WHERE period = $1 AND building_id = $2', [process.env.PERIOD, process.env.BUILDING]);
  await client.query(process.env.RUN_SQL, [process.env.PERIOD, process.env.BUILDING, process.env.PERIOD, [process.env.PERIOD], [run.id]]);
  console.log('midway');
  // wait with the transaction open (not pg_sleep: the embedded database runs inside the test process)
  await new Promise((resolve) => setTimeout(resolve, 60000));
})();
`;
