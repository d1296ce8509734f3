import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAgency, createBuildingWithSpaces, Session, sessionAs, startApp, unique } from './support/test-app';

/**
 * Shared-utility costs: services with their exemptions and fixed shares, meters, readings and
 * bills, with the roles' scope and closed periods. Periods are global: this suite closes periods
 * only in a year of the 2100s that no period of the database uses yet.
 */
describe('Shared-utility costs', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: Session;
  let mine: { building: { id: string; code: string }; spaces: { id: string }[] };
  let theirs: { building: { id: string; code: string }; spaces: { id: string }[] };
  let agencies: { id: string }[];
  let year: number;
  const http = () => request(app.getHttpServer());
  const filter = (f: object) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

  const closePeriod = (period: string) =>
    db.query(`INSERT INTO periods (period, status, closed_at, closed_by) VALUES ($1, 'closed', now(), 'prueba')
              ON CONFLICT (period) DO UPDATE SET status = 'closed', closed_at = now()`, [period]);

  async function service(buildingId: string, overrides: Record<string, unknown> = {}) {
    const body = { buildingId, kind: 'electricity', name: unique('Energía '), supplier: 'CFE', unit: 'kWh', ...overrides };
    return (await http().post('/api/utility-services').set(admin.auth).send(body).expect(201)).body;
  }

  beforeAll(async () => {
    app = await startApp();
    db = app.get(DataSource);
    admin = await sessionAs(app, 'admin');
    mine = await createBuildingWithSpaces(app, admin, 2);
    theirs = await createBuildingWithSpaces(app, admin, 1);
    agencies = [await createAgency(app, admin), await createAgency(app, admin), await createAgency(app, admin)];
    year = await unusedYear(db);
  });
  afterAll(() => app.close());

  describe('utility-services', () => {
    it('creates a service with its exemptions and fixed shares, and replaces the lists on update', async () => {
      const created = await service(mine.building.id, {
        kind: 'cleaning', unit: null, basis: 'fixed',
        exemptions: [{ agencyId: agencies[0].id, reason: 'Convenio de colaboración' }],
        fixedShares: [{ agencyId: agencies[1].id, monthlyAmount: '1500.5' }, { agencyId: agencies[2].id, monthlyAmount: 250 }],
      });
      expect(created).toMatchObject({ buildingId: mine.building.id, buildingCode: mine.building.code, basis: 'fixed', active: true, unit: null });
      expect(created.exemptions).toEqual([{ agencyId: agencies[0].id, reason: 'Convenio de colaboración' }]);
      expect(created.fixedShares).toHaveLength(2);
      expect(created.fixedShares.find((s: { agencyId: string }) => s.agencyId === agencies[1].id).monthlyAmount).toBe('1500.50');

      // react-admin sends the whole record back: read-only fields are ignored, sent lists replace the stored ones.
      const updated = await http()
        .put(`/api/utility-services/${created.id}`)
        .set(admin.auth)
        .send({ ...created, supplier: 'Limpieza del Valle', exemptions: [], fixedShares: [{ agencyId: agencies[2].id, monthlyAmount: '99.99' }] })
        .expect(200);
      expect(updated.body.supplier).toBe('Limpieza del Valle');
      expect(updated.body.exemptions).toEqual([]);
      expect(updated.body.fixedShares).toEqual([{ agencyId: agencies[2].id, monthlyAmount: '99.99' }]);

      // A list left out stays as it was.
      const renamed = await http().put(`/api/utility-services/${created.id}`).set(admin.auth).send({ notes: 'Sin cambios en importes' }).expect(200);
      expect(renamed.body.fixedShares).toEqual(updated.body.fixedShares);

      const audit = await http().get(`/api/audit-events?${filter({ resource: 'utility-services', recordId: created.id })}&sort=["id","ASC"]`).set(admin.auth).expect(200);
      expect(audit.body.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'update']);
      expect(audit.body[1].before.fixedShares).toHaveLength(2);
    });

    it('answers per field: repeated or unknown agencies, bad amounts, a repeated name', async () => {
      const twice = await http()
        .post('/api/utility-services')
        .set(admin.auth)
        .send({ buildingId: mine.building.id, kind: 'water', name: unique('Agua '), exemptions: [{ agencyId: agencies[0].id, reason: 'a' }, { agencyId: agencies[0].id, reason: 'b' }] })
        .expect(400);
      expect(twice.body.errors).toEqual({ 'exemptions.1.agencyId': 'La unidad usuaria ya está en la lista' });
      const unknown = await http()
        .post('/api/utility-services')
        .set(admin.auth)
        .send({ buildingId: mine.building.id, kind: 'water', name: unique('Agua '), fixedShares: [{ agencyId: '00000000-0000-4000-8000-000000000000', monthlyAmount: '1' }] })
        .expect(400);
      expect(unknown.body.errors).toEqual({ 'fixedShares.0.agencyId': 'La unidad usuaria no existe' });
      const money = await http()
        .post('/api/utility-services')
        .set(admin.auth)
        .send({ buildingId: mine.building.id, kind: 'water', name: unique('Agua '), fixedShares: [{ agencyId: agencies[0].id, monthlyAmount: '-3' }], basis: 'weight' })
        .expect(400);
      expect(Object.keys(money.body.errors).sort()).toEqual(['basis', 'fixedShares.0.monthlyAmount']);

      const first = await service(mine.building.id);
      const again = await http().post('/api/utility-services').set(admin.auth).send({ buildingId: mine.building.id, kind: 'water', name: first.name }).expect(409);
      expect(again.body.errors.name).toMatch(/Ya existe un servicio/);
      // The same name in another building is fine.
      await service(theirs.building.id, { name: first.name });
    });

    it('lists with filters, search and Content-Range', async () => {
      const water = await service(mine.building.id, { kind: 'water', unit: 'm3', name: unique('Agua potable ') });
      const res = await http().get(`/api/utility-services?${filter({ buildingId: mine.building.id, kind: 'water' })}`).set(admin.auth).expect(200);
      expect(res.body.map((s: { id: string }) => s.id)).toContain(water.id);
      expect(res.body.every((s: { kind: string }) => s.kind === 'water')).toBe(true);
      expect(res.headers['content-range']).toMatch(/^utility-services 0-\d+\/\d+$/);
      const found = await http().get(`/api/utility-services?${filter({ q: water.name.slice(-8) })}`).set(admin.auth).expect(200);
      expect(found.body.map((s: { id: string }) => s.id)).toEqual([water.id]);
      await http().get(`/api/utility-services?${filter({ kind: 'gas' })}`).set(admin.auth).expect(400);
    });
  });

  describe('meters', () => {
    let electricity: { id: string };
    beforeAll(async () => {
      electricity = await service(mine.building.id);
    });

    it('takes the building from the service; one active main meter per service', async () => {
      const main = await http().post('/api/meters').set(admin.auth).send({ serviceId: electricity.id, code: 'cfe-001', kind: 'main' }).expect(201);
      expect(main.body).toMatchObject({ buildingId: mine.building.id, code: 'CFE-001', kind: 'main', spaceId: null });
      const second = await http().post('/api/meters').set(admin.auth).send({ serviceId: electricity.id, code: 'CFE-002', kind: 'main' }).expect(409);
      expect(second.body.errors.kind).toMatch(/medidor principal/);
      const sameCode = await http().post('/api/meters').set(admin.auth).send({ serviceId: electricity.id, code: 'CFE-001', kind: 'sub', spaceId: mine.spaces[0].id }).expect(409);
      expect(sameCode.body.errors.code).toBeDefined();
    });

    it('needs a space of the service’s building for a sub-meter', async () => {
      const none = await http().post('/api/meters').set(admin.auth).send({ serviceId: electricity.id, code: 'SUB-0', kind: 'sub' }).expect(400);
      expect(none.body.errors.spaceId).toBeDefined();
      const elsewhere = await http().post('/api/meters').set(admin.auth).send({ serviceId: electricity.id, code: 'SUB-X', kind: 'sub', spaceId: theirs.spaces[0].id }).expect(400);
      expect(elsewhere.body.errors).toEqual({ spaceId: 'El espacio no existe o no pertenece al inmueble del servicio' });
      const onMain = await http().post('/api/meters').set(admin.auth).send({ serviceId: electricity.id, code: 'M-X', kind: 'main', spaceId: mine.spaces[0].id }).expect(400);
      expect(onMain.body.errors.spaceId).toBeDefined();
      const sub = await http().post('/api/meters').set(admin.auth).send({ serviceId: electricity.id, code: 'SUB-1', kind: 'sub', spaceId: mine.spaces[0].id }).expect(201);
      expect(sub.body).toMatchObject({ kind: 'sub', spaceId: mine.spaces[0].id, buildingId: mine.building.id });
      const moved = await http().put(`/api/meters/${sub.body.id}`).set(admin.auth).send({ ...sub.body, spaceId: theirs.spaces[0].id }).expect(400);
      expect(moved.body.errors.spaceId).toBeDefined();
      const list = await http().get(`/api/meters?${filter({ serviceId: electricity.id, kind: 'sub' })}`).set(admin.auth).expect(200);
      expect(list.body.map((m: { id: string }) => m.id)).toEqual([sub.body.id]);
    });
  });

  describe('a month’s sheet of readings', () => {
    let meters: { id: string; code: string }[];
    const sheet = (body: Record<string, unknown>, who: Session = admin) => http().post('/api/meter-readings/sheet').set(who.auth).send(body);
    const stored = async (period: string) =>
      (await db.query(`SELECT meter_id AS "meterId", reading::float8 AS reading, read_on::text AS "readOn" FROM meter_readings
                        WHERE meter_id = ANY($1::uuid[]) AND period = $2 ORDER BY reading`, [meters.map((m) => m.id), period])) as
        { meterId: string; reading: number; readOn: string | null }[];
    beforeAll(async () => {
      const s = await service(mine.building.id);
      meters = [];
      for (const [i, space] of mine.spaces.entries()) {
        meters.push((await http().post('/api/meters').set(admin.auth).send({ serviceId: s.id, code: `HOJA-${i}`, kind: 'sub', spaceId: space.id }).expect(201)).body);
      }
    });

    it('creates the readings of a month together, then changes only those that differ, each audited', async () => {
      const first = await sheet({ period: '2081-01', readOn: '2081-01-31', readings: [{ meterId: meters[0].id, reading: 100 }, { meterId: meters[1].id, reading: 200.5 }] }).expect(201);
      expect(first.body).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect(await stored('2081-01')).toEqual([
        { meterId: meters[0].id, reading: 100, readOn: '2081-01-31' },
        { meterId: meters[1].id, reading: 200.5, readOn: '2081-01-31' },
      ]);
      const again = await sheet({ period: '2081-01', readings: [{ meterId: meters[0].id, reading: 100 }, { meterId: meters[1].id, reading: 210 }] }).expect(201);
      expect(again.body).toEqual({ created: 0, updated: 1, unchanged: 1 });
      expect((await stored('2081-01')).map((r) => r.reading)).toEqual([100, 210]);
      const [row] = (await db.query(`SELECT id FROM meter_readings WHERE meter_id = $1 AND period = '2081-01'`, [meters[1].id])) as { id: string }[];
      const audit = await http().get(`/api/audit-events?${filter({ resource: 'meter-readings', recordId: row.id })}&sort=["id","ASC"]`).set(admin.auth).expect(200);
      expect(audit.body.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    });

    it('refuses the whole sheet for a meter twice, a meter out of reach, a closed period or a billed reading that would change', async () => {
      const twice = await sheet({ period: '2081-02', readings: [{ meterId: meters[0].id, reading: 1 }, { meterId: meters[0].id, reading: 2 }] }).expect(400);
      expect(twice.body.errors).toEqual({ 'readings.1.meterId': 'El medidor aparece dos veces en la hoja' });
      const foreign = await sheet({ period: '2081-02', readings: [{ meterId: meters[0].id, reading: 1 }, { meterId: '00000000-0000-4000-8000-000000000000', reading: 2 }] }).expect(400);
      expect(foreign.body.errors).toEqual({ 'readings.1.meterId': 'El medidor no existe o no está a su cargo' });
      const bad = await sheet({ period: '2081-2', readings: [{ meterId: meters[0].id, reading: -5 }], extra: true }).expect(400);
      expect(Object.keys(bad.body.errors).sort()).toEqual(['extra', 'period', 'readings.0.reading']);
      await sheet({ period: '2081-02', readings: [] }).expect(400);
      expect(await stored('2081-02')).toEqual([]);

      await closePeriod(`${year}-11`);
      const closed = await sheet({ period: `${year}-11`, readings: [{ meterId: meters[0].id, reading: 5 }] }).expect(409);
      expect(closed.body.message).toMatch(/está cerrado/);

      await sheet({ period: '2081-03', readings: [{ meterId: meters[0].id, reading: 300 }, { meterId: meters[1].id, reading: 400 }] }).expect(201);
      await db.query(`UPDATE meter_readings SET locked = true WHERE meter_id = $1 AND period = '2081-03'`, [meters[1].id]);
      const locked = await sheet({ period: '2081-03', readings: [{ meterId: meters[0].id, reading: 310 }, { meterId: meters[1].id, reading: 450 }] }).expect(409);
      expect(locked.body.message).toMatch(/^HOJA-1: La lectura facturada/);
      expect((await stored('2081-03')).map((r) => r.reading)).toEqual([300, 400]);
      // The same billed reading sent unchanged is no change at all.
      await sheet({ period: '2081-03', readings: [{ meterId: meters[0].id, reading: 310 }, { meterId: meters[1].id, reading: 400 }] }).expect(201);
    });

    it('is finance’s and the administrators’: a liaison or an inspector may not send one, a building administrator only for their buildings', async () => {
      const body = { period: '2081-04', readings: [{ meterId: meters[0].id, reading: 1 }] };
      await sheet(body, await sessionAs(app, 'agency_liaison', { agencyId: agencies[0].id })).expect(403);
      await sheet(body, await sessionAs(app, 'inspector', { buildingIds: [mine.building.id] })).expect(403);
      const other = await sessionAs(app, 'building_admin', { buildingIds: [theirs.building.id] });
      const refused = await sheet(body, other).expect(400);
      expect(refused.body.errors).toEqual({ 'readings.0.meterId': 'El medidor no existe o no está a su cargo' });
      await sheet(body, await sessionAs(app, 'finance')).expect(201);
    });
  });

  describe('meter-readings', () => {
    let meter: { id: string };
    beforeAll(async () => {
      const s = await service(mine.building.id);
      meter = (await http().post('/api/meters').set(admin.auth).send({ serviceId: s.id, code: 'LECT-1', kind: 'main' }).expect(201)).body;
    });

    const read = (period: string, reading: number, extra: Record<string, unknown> = {}) =>
      http().post('/api/meter-readings').set(admin.auth).send({ meterId: meter.id, period, reading, readOn: `${period}-28`, ...extra });

    it('derives consumption from the previous month’s reading, whatever the filter', async () => {
      const jan = (await read('2080-01', 1000.5).expect(201)).body;
      const feb = (await read('2080-02', 1250.75).expect(201)).body;
      expect(jan.consumption).toBeNull();
      expect(feb.consumption).toBeCloseTo(250.25, 3);
      const listed = await http().get(`/api/meter-readings?${filter({ meterId: meter.id, period: '2080-02' })}`).set(admin.auth).expect(200);
      expect(listed.body).toHaveLength(1);
      expect(listed.body[0].consumption).toBeCloseTo(250.25, 3);
      // A gap of a month: no previous reading, no consumption.
      const apr = (await read('2080-04', 1400).expect(201)).body;
      expect(apr.consumption).toBeNull();
      const dup = await read('2080-02', 1300).expect(409);
      expect(dup.body.errors.period).toBeDefined();
    });

    it('asks why for an adjustment', async () => {
      const res = await read('2080-05', 1500, { adjustment: -20 }).expect(400);
      expect(res.body.errors).toEqual({ adjustmentReason: 'Indique el motivo del ajuste' });
    });

    it('a billed (locked) reading refuses a new reading but takes an adjustment', async () => {
      const jun = (await read('2080-06', 2000).expect(201)).body;
      const jul = (await read('2080-07', 2600).expect(201)).body;
      await db.query(`UPDATE meter_readings SET locked = true WHERE id = $1`, [jul.id]);
      const refused = await http().put(`/api/meter-readings/${jul.id}`).set(admin.auth).send({ reading: 2500 }).expect(409);
      expect(refused.body.message).toMatch(/lectura facturada.*registre un ajuste/);
      await http().delete(`/api/meter-readings/${jul.id}`).set(admin.auth).expect(409);
      const current = (await http().get(`/api/meter-readings/${jul.id}`).set(admin.auth).expect(200)).body;
      expect(current.locked).toBe(true);
      const adjusted = await http()
        .put(`/api/meter-readings/${jul.id}`)
        .set(admin.auth)
        .send({ ...current, adjustment: -100.125, adjustmentReason: 'Medidor descalibrado' })
        .expect(200);
      expect(adjusted.body.reading).toBe(2600);
      expect(adjusted.body.consumption).toBeCloseTo(2600 - 100.125 - jun.reading, 3);
      // An unlocked reading may still be corrected directly.
      const fixed = await http().put(`/api/meter-readings/${jun.id}`).set(admin.auth).send({ reading: 2100 }).expect(200);
      expect(fixed.body.reading).toBe(2100);
    });

    it('refuses changes to readings of a closed period', async () => {
      const reading = (await read(`${year}-01`, 10).expect(201)).body;
      await closePeriod(`${year}-01`);
      await http().put(`/api/meter-readings/${reading.id}`).set(admin.auth).send({ readOn: `${year}-01-30` }).expect(409);
      await http().delete(`/api/meter-readings/${reading.id}`).set(admin.auth).expect(409);
      await read(`${year}-01`, 20, { meterId: meter.id }).expect(409);
    });
  });

  describe('utility-bills', () => {
    let electricity: { id: string; name: string };
    let water: { id: string };
    const bill = (overrides: Record<string, unknown> = {}) =>
      http().post('/api/utility-bills').set(admin.auth).send({ serviceId: electricity.id, period: '2080-03', amount: '48210.37', consumption: 15234.5, invoiceNumber: unique('F-'), issuedOn: '2080-04-02', dueOn: '2080-04-20', ...overrides });

    beforeAll(async () => {
      electricity = await service(mine.building.id);
      water = await service(mine.building.id, { kind: 'water', unit: 'm3' });
    });

    it('keeps money exact and takes the building and unit from the service', async () => {
      const created = (await bill({ amount: '0.10' }).expect(201)).body;
      expect(created).toMatchObject({
        buildingId: mine.building.id, buildingCode: mine.building.code, serviceName: electricity.name, serviceKind: 'electricity',
        amount: '0.10', unit: 'kWh', consumption: 15234.5, periodStatus: 'open',
      });
      const big = (await bill({ amount: '999999999999.99' }).expect(201)).body;
      expect(big.amount).toBe('999999999999.99');
      const res = await bill({ amount: '10.005' }).expect(400);
      expect(res.body.errors.amount).toBeDefined();
      await bill({ amount: '-1' }).expect(400);
    });

    it('validates dates, units, the period format and the invoice per service and period', async () => {
      const dates = await bill({ issuedOn: '2080-04-10', dueOn: '2080-04-01' }).expect(400);
      expect(dates.body.errors).toEqual({ dueOn: 'El vencimiento debe ser igual o posterior a la emisión' });
      const unit = await bill({ unit: 'm3' }).expect(400);
      expect(unit.body.errors.unit).toBe('El servicio se mide en kWh');
      const period = await bill({ period: '2080-13' }).expect(400);
      expect(period.body.errors.period).toMatch(/AAAA-MM/);
      const first = (await bill().expect(201)).body;
      const again = await bill({ invoiceNumber: first.invoiceNumber }).expect(409);
      expect(again.body.errors.invoiceNumber).toBeDefined();
      await bill({ invoiceNumber: first.invoiceNumber, period: '2080-04' }).expect(201);
      await bill({ invoiceNumber: first.invoiceNumber, serviceId: water.id, consumption: null }).expect(201);
    });

    it('lists with filters by building, service kind and period range', async () => {
      await bill({ period: '2081-01' }).expect(201);
      await bill({ period: '2081-02', serviceId: water.id, consumption: 10 }).expect(201);
      const kinds = await http().get(`/api/utility-bills?${filter({ buildingId: mine.building.id, kind: 'water', period_gte: '2081-01', period_lte: '2081-12' })}`).set(admin.auth).expect(200);
      expect(kinds.body).toHaveLength(1);
      expect(kinds.body[0]).toMatchObject({ period: '2081-02', serviceKind: 'water', unit: 'm3' });
      const range = await http().get(`/api/utility-bills?${filter({ serviceId: electricity.id, period_gte: '2081-01' })}&sort=["amount","DESC"]`).set(admin.auth).expect(200);
      expect(range.body.map((b: { period: string }) => b.period)).toEqual(['2081-01']);
      expect(range.headers['content-range']).toBe('utility-bills 0-0/1');
    });

    it('refuses with 409 any change to a bill of a closed period, and moving a bill into one', async () => {
      const closed = (await bill({ period: `${year}-02` }).expect(201)).body;
      const open = (await bill({ period: `${year}-03` }).expect(201)).body;
      await closePeriod(`${year}-02`);

      const created = await bill({ period: `${year}-02` }).expect(409);
      expect(created.body.message).toMatch(new RegExp(`${year}-02 está cerrado`));
      const current = (await http().get(`/api/utility-bills/${closed.id}`).set(admin.auth).expect(200)).body;
      expect(current.periodStatus).toBe('closed');
      await http().put(`/api/utility-bills/${closed.id}`).set(admin.auth).send({ ...current, amount: '1.00' }).expect(409);
      await http().put(`/api/utility-bills/${closed.id}`).set(admin.auth).send({ period: `${year}-03` }).expect(409);
      await http().put(`/api/utility-bills/${open.id}`).set(admin.auth).send({ period: `${year}-02` }).expect(409);
      await http().delete(`/api/utility-bills/${closed.id}`).set(admin.auth).expect(409);
      expect((await http().get(`/api/utility-bills/${closed.id}`).set(admin.auth).expect(200)).body.amount).toBe(closed.amount);

      const updated = await http().put(`/api/utility-bills/${open.id}`).set(admin.auth).send({ amount: '100.01', paidOn: `${year}-04-01` }).expect(200);
      expect(updated.body).toMatchObject({ amount: '100.01', paidOn: `${year}-04-01` });
      await http().delete(`/api/utility-bills/${open.id}`).set(admin.auth).expect(200);
      await http().get(`/api/utility-bills/${open.id}`).set(admin.auth).expect(404);
    });
  });

  describe('roles and scope', () => {
    let manager: Session;
    let ids: { service: string; meter: string; reading: string; bill: string };

    beforeAll(async () => {
      manager = await sessionAs(app, 'building_admin', { buildingIds: [mine.building.id] });
      const s = await service(theirs.building.id);
      const meter = (await http().post('/api/meters').set(admin.auth).send({ serviceId: s.id, code: 'AJENO-1', kind: 'main' }).expect(201)).body;
      const reading = (await http().post('/api/meter-readings').set(admin.auth).send({ meterId: meter.id, period: '2080-01', reading: 5 }).expect(201)).body;
      const bill = (await http().post('/api/utility-bills').set(admin.auth).send({ serviceId: s.id, period: '2080-01', amount: '10', invoiceNumber: 'AJ-1' }).expect(201)).body;
      ids = { service: s.id, meter: meter.id, reading: reading.id, bill: bill.id };
    });

    it('a building administrator of another building gets 404 and cannot write into it', async () => {
      await http().get(`/api/utility-services/${ids.service}`).set(manager.auth).expect(404);
      await http().get(`/api/meters/${ids.meter}`).set(manager.auth).expect(404);
      await http().get(`/api/meter-readings/${ids.reading}`).set(manager.auth).expect(404);
      await http().get(`/api/utility-bills/${ids.bill}`).set(manager.auth).expect(404);
      await http().put(`/api/utility-services/${ids.service}`).set(manager.auth).send({ notes: 'x' }).expect(404);
      await http().put(`/api/utility-bills/${ids.bill}`).set(manager.auth).send({ amount: '1' }).expect(404);
      await http().delete(`/api/meters/${ids.meter}`).set(manager.auth).expect(404);
      await http().delete(`/api/meter-readings/${ids.reading}`).set(manager.auth).expect(404);

      const service = await http().post('/api/utility-services').set(manager.auth).send({ buildingId: theirs.building.id, kind: 'water', name: 'Agua' }).expect(400);
      expect(service.body.errors.buildingId).toBeDefined();
      const meter = await http().post('/api/meters').set(manager.auth).send({ serviceId: ids.service, code: 'X', kind: 'main' }).expect(400);
      expect(meter.body.errors.serviceId).toBeDefined();
      const reading = await http().post('/api/meter-readings').set(manager.auth).send({ meterId: ids.meter, period: '2080-02', reading: 9 }).expect(400);
      expect(reading.body.errors.meterId).toBeDefined();
      const bill = await http().post('/api/utility-bills').set(manager.auth).send({ serviceId: ids.service, period: '2080-02', amount: '1', invoiceNumber: 'X' }).expect(400);
      expect(bill.body.errors.serviceId).toBeDefined();

      for (const resource of ['utility-services', 'meters', 'meter-readings', 'utility-bills']) {
        const all = await http().get(`/api/${resource}?range=[0,4999]`).set(manager.auth).expect(200);
        expect(all.body.every((r: { buildingId: string }) => r.buildingId === mine.building.id)).toBe(true);
      }
    });

    it('a building administrator manages its own building', async () => {
      const s = (await http().post('/api/utility-services').set(manager.auth).send({ buildingId: mine.building.id, kind: 'internet', name: unique('Internet ') }).expect(201)).body;
      const b = (await http().post('/api/utility-bills').set(manager.auth).send({ serviceId: s.id, period: '2080-01', amount: '350', invoiceNumber: 'INT-1' }).expect(201)).body;
      await http().put(`/api/utility-bills/${b.id}`).set(manager.auth).send({ amount: '360' }).expect(200);
    });

    it('an auditor reads but cannot write; a liaison and an inspector cannot even read', async () => {
      const auditor = await sessionAs(app, 'auditor');
      await http().get(`/api/utility-bills/${ids.bill}`).set(auditor.auth).expect(200);
      await http().get('/api/meter-readings').set(auditor.auth).expect(200);
      await http().post('/api/utility-services').set(auditor.auth).send({}).expect(403);
      await http().put(`/api/meters/${ids.meter}`).set(auditor.auth).send({ active: false }).expect(403);
      await http().post('/api/meter-readings').set(auditor.auth).send({}).expect(403);
      await http().delete(`/api/utility-bills/${ids.bill}`).set(auditor.auth).expect(403);

      const liaison = await sessionAs(app, 'agency_liaison', { agencyId: agencies[0].id });
      for (const resource of ['utility-services', 'meters', 'meter-readings', 'utility-bills']) {
        await http().get(`/api/${resource}`).set(liaison.auth).expect(403);
      }
      await http().post('/api/utility-bills').set(liaison.auth).send({}).expect(403);
      const inspector = await sessionAs(app, 'inspector');
      await http().get('/api/utility-bills').set(inspector.auth).expect(403);
    });

    it('finance manages bills of every building', async () => {
      const finance = await sessionAs(app, 'finance');
      await http().put(`/api/utility-bills/${ids.bill}`).set(finance.auth).send({ notes: 'Revisado' }).expect(200);
    });
  });
});

/** A year of the 2100s without any period yet, so that closing its months touches nobody else's data. */
async function unusedYear(db: DataSource): Promise<number> {
  const [row] = await db.query<{ year: number }[]>(
    `SELECT min(y)::int AS year FROM generate_series(2100, 2199) AS y WHERE NOT EXISTS (SELECT 1 FROM periods WHERE period LIKE y || '-%')`,
  );
  return row.year;
}
