import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { agreementBody, createAgency, createBuildingWithSpaces, Session, sessionAs, startApp } from './support/test-app';

describe('Occupancy agreements: no space in two overlapping agreements', () => {
  let app: INestApplication;
  let admin: Session;

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
  });
  // Instances started beside `app` close with it: closing one ends the pool the others read from in this process.
  const others: INestApplication[] = [];
  afterAll(() => Promise.all([app.close(), ...others.map((o) => o.close())]));

  const http = () => request(app.getHttpServer());

  it('creates an active agreement with a folio of its building and year', async () => {
    const { building, spaces } = await createBuildingWithSpaces(app, admin, 2);
    const agency = await createAgency(app, admin);
    const res = await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[0].id, spaces[1].id])).expect(201);
    expect(res.body).toMatchObject({ folio: `${building.code}-2030-0001`, status: 'active', startDate: '2030-01-01', spaceCodes: ['P1-01', 'P1-02'], usableAreaM2: 60 });
    const second = await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[0].id], { startDate: '2031-01-01', endDate: '2031-06-30' })).expect(201);
    expect(second.body.folio).toBe(`${building.code}-2031-0001`);
  });

  it('refuses an overlapping agreement with 409 naming the colliding folio', async () => {
    const { building, spaces } = await createBuildingWithSpaces(app, admin, 1);
    const agency = await createAgency(app, admin);
    const first = await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[0].id])).expect(201);
    const res = await http()
      .post('/api/agreements')
      .set(admin.auth)
      .send(agreementBody(building.id, agency.id, [spaces[0].id], { startDate: '2030-12-31', endDate: '2031-03-31' }))
      .expect(409);
    expect(res.body.message).toBe(`El espacio P1-01 ya está asignado del 01/01/2030 al 31/12/2030 en el convenio ${first.body.folio}.`);
    expect(res.body.conflict).toMatchObject({ agreementId: first.body.id, folio: first.body.folio, spaceCode: 'P1-01' });
  });

  it('lets drafts overlap, and decides on activation', async () => {
    const { building, spaces } = await createBuildingWithSpaces(app, admin, 1);
    const agency = await createAgency(app, admin);
    const body = agreementBody(building.id, agency.id, [spaces[0].id], { activate: false });
    const a = (await http().post('/api/agreements').set(admin.auth).send(body).expect(201)).body;
    const b = (await http().post('/api/agreements').set(admin.auth).send(body).expect(201)).body;
    expect([a.status, b.status]).toEqual(['draft', 'draft']);
    await http().post(`/api/agreements/${a.id}/activate`).set(admin.auth).expect(200);
    const refused = await http().post(`/api/agreements/${b.id}/activate`).set(admin.auth).expect(409);
    expect(refused.body.conflict.folio).toBe(a.folio);
    expect((await http().get(`/api/agreements/${b.id}`).set(admin.auth).expect(200)).body.status).toBe('draft');
  });

  it('applies the same guarantee to extending and editing', async () => {
    const { building, spaces } = await createBuildingWithSpaces(app, admin, 2);
    const agency = await createAgency(app, admin);
    const a = (await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[0].id])).expect(201)).body;
    const b = (await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[0].id], { startDate: '2031-01-01', endDate: '2031-12-31' })).expect(201)).body;
    const c = (await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[1].id])).expect(201)).body;

    const extend = await http().post(`/api/agreements/${a.id}/extend`).set(admin.auth).send({ endDate: '2031-02-28' }).expect(409);
    expect(extend.body.conflict.folio).toBe(b.folio);
    const edit = await http().put(`/api/agreements/${c.id}`).set(admin.auth).send({ spaceIds: [spaces[0].id, spaces[1].id] }).expect(409);
    expect(edit.body.conflict.folio).toBe(a.folio);

    const extended = await http().post(`/api/agreements/${a.id}/extend`).set(admin.auth).send({ endDate: '2030-12-31' }).expect(400);
    expect(extended.body.errors.endDate).toMatch(/posterior al 31\/12\/2030/);
  });

  it('frees the space from the day after an early termination', async () => {
    const { building, spaces } = await createBuildingWithSpaces(app, admin, 1);
    const agency = await createAgency(app, admin);
    const a = (await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[0].id])).expect(201)).body;
    await http().post(`/api/agreements/${a.id}/terminate`).set(admin.auth).send({ terminatedOn: '2030-06-30', reason: 'Cambio de sede' }).expect(200);
    await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[0].id], { startDate: '2030-06-30' })).expect(409);
    const after = await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[0].id], { startDate: '2030-07-01' })).expect(201);
    expect(after.body.status).toBe('active');
    const free = await http().get(`/api/buildings/${building.id}/free-spaces?from=2030-03-01&to=2030-03-31`).set(admin.auth).expect(200);
    expect(free.body).toEqual([]);
    await http().delete(`/api/agreements/${a.id}`).set(admin.auth).expect(409);
  });

  it('finds free spaces for a period by type and minimum area', async () => {
    const { building, spaces } = await createBuildingWithSpaces(app, admin, 3);
    const agency = await createAgency(app, admin);
    await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[2].id])).expect(201);
    const res = await http().get(`/api/buildings/${building.id}/free-spaces?from=2030-05-01&to=2030-05-31&type=office&minArea=30`).set(admin.auth).expect(200);
    expect(res.body.map((s: { code: string }) => s.code)).toEqual(['P1-02']);
    expect(res.body[0]).toEqual({
      id: spaces[1].id, buildingId: building.id, code: 'P1-02', name: spaces[1].name, floor: spaces[1].floor,
      type: 'office', usableAreaM2: spaces[1].usableAreaM2, workstations: spaces[1].workstations,
    });
    const later = await http().get(`/api/buildings/${building.id}/free-spaces?from=2031-01-01&to=2031-01-31&minArea=30`).set(admin.auth).expect(200);
    expect(later.body.map((s: { code: string }) => s.code)).toEqual(['P1-02', 'P1-03']);
    await http().get(`/api/buildings/${building.id}/free-spaces?from=2030-05-31&to=2030-05-01`).set(admin.auth).expect(400);
  });

  it('lets exactly one of 50 concurrent overlapping requests win', async () => {
    const { building, spaces } = await createBuildingWithSpaces(app, admin, 1);
    const agency = await createAgency(app, admin);
    const attempts = Array.from({ length: 50 }, (_, i) =>
      http()
        .post('/api/agreements')
        .set(admin.auth)
        .send(agreementBody(building.id, agency.id, [spaces[0].id], { startDate: `2030-01-${String((i % 28) + 1).padStart(2, '0')}` })),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const list = await http().get(`/api/agreements?filter=${encodeURIComponent(JSON.stringify({ buildingId: building.id }))}`).set(admin.auth).expect(200);
    expect(list.body).toHaveLength(1);
    expect(list.headers['content-range']).toBe('agreements 0-0/1');
  });

  it('keeps the guarantee across two API instances on one database', async () => {
    const other = await startApp();
    others.push(other);
    {
      const { building, spaces } = await createBuildingWithSpaces(app, admin, 1);
      const agency = await createAgency(app, admin);
      const servers = [app.getHttpServer(), other.getHttpServer()];
      const attempts = Array.from({ length: 20 }, (_, i) =>
        request(servers[i % 2]).post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[0].id])),
      );
      const statuses = (await Promise.all(attempts)).map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    }
  });

  it('refuses spaces of another building and spaces under maintenance', async () => {
    const one = await createBuildingWithSpaces(app, admin, 1);
    const two = await createBuildingWithSpaces(app, admin, 1);
    const agency = await createAgency(app, admin);
    const res = await http().post('/api/agreements').set(admin.auth).send(agreementBody(one.building.id, agency.id, [two.spaces[0].id])).expect(400);
    expect(res.body.errors.spaceIds).toMatch(/otro inmueble/);
    await http().put(`/api/spaces/${one.spaces[0].id}`).set(admin.auth).send({ condition: 'maintenance' }).expect(200);
    const maint = await http().post('/api/agreements').set(admin.auth).send(agreementBody(one.building.id, agency.id, [one.spaces[0].id])).expect(400);
    expect(maint.body.errors.spaceIds).toMatch(/mantenimiento/);
  });

  it('requires the rent of a lease and reports occupancy of a space today', async () => {
    const { building, spaces } = await createBuildingWithSpaces(app, admin, 1);
    const agency = await createAgency(app, admin, { level: 'private', rfc: 'BIC010101AB1' });
    const noRent = await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[0].id], { kind: 'lease' })).expect(400);
    expect(noRent.body.errors.monthlyRent).toBeDefined();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());
    const lease = await http()
      .post('/api/agreements')
      .set(admin.auth)
      .send(agreementBody(building.id, agency.id, [spaces[0].id], { kind: 'lease', monthlyRent: '15000.50', startDate: today, endDate: '2029-12-31' }))
      .expect(201);
    expect(lease.body.monthlyRent).toBe('15000.50');
    const space = await http().get(`/api/spaces/${spaces[0].id}`).set(admin.auth).expect(200);
    expect(space.body.state).toBe('occupied');
    expect(space.body.occupiedBy).toMatchObject({ folio: lease.body.folio, agencyId: agency.id });
  });
});
