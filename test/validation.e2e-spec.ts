import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { agreementBody, createAgency, createBuildingWithSpaces, Session, sessionAs, startApp } from './support/test-app';

describe('Bad input gets a clear 400 and changes nothing', () => {
  let app: INestApplication;
  let admin: Session;
  let building: { id: string; code: string };
  let spaceId: string;
  let agencyId: string;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
    const created = await createBuildingWithSpaces(app, admin, 1);
    building = created.building;
    spaceId = created.spaces[0].id;
    agencyId = (await createAgency(app, admin)).id;
  });
  afterAll(() => app.close());

  it('rejects malformed ids in the path', async () => {
    const res = await http().get('/api/agreements/not-a-uuid').set(admin.auth).expect(400);
    expect(res.body.errors).toEqual({ id: 'Debe ser un identificador válido' });
    await http().get('/api/buildings/00000000-0000-0000-0000-000000000000').set(admin.auth).expect(404);
  });

  it('rejects impossible and malformed dates', async () => {
    const res = await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agencyId, [spaceId], { startDate: '2030-02-30', endDate: '31/12/2030' })).expect(400);
    expect(res.body.errors.startDate).toMatch(/AAAA-MM-DD/);
    expect(res.body.errors.endDate).toMatch(/AAAA-MM-DD/);
    const reversed = await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agencyId, [spaceId], { startDate: '2030-06-01', endDate: '2030-05-01' })).expect(400);
    expect(reversed.body.errors.endDate).toMatch(/posterior/);
  });

  it('rejects negative or zero areas and bad enumerations', async () => {
    const res = await http().post('/api/spaces').set(admin.auth).send({ buildingId: building.id, code: 'N-1', name: 'Negativo', type: 'castle', usableAreaM2: -5 }).expect(400);
    expect(res.body.errors.usableAreaM2).toBe('Debe ser mayor que cero');
    expect(res.body.errors.type).toMatch(/^Debe ser uno de/);
    await http().put(`/api/spaces/${spaceId}`).set(admin.auth).send({ usableAreaM2: 0 }).expect(400);
  });

  it('rejects unknown fields but accepts the read-only fields react-admin sends back', async () => {
    const res = await http().post('/api/buildings').set(admin.auth).send({ code: 'CSA-ZZZ', name: 'x', municipality: 'x', isAdmin: true }).expect(400);
    expect(res.body.errors).toEqual({ isAdmin: 'Campo no permitido' });
    const current = (await http().get(`/api/buildings/${building.id}`).set(admin.auth).expect(200)).body;
    const updated = await http().put(`/api/buildings/${building.id}`).set(admin.auth).send({ ...current, name: 'Nombre nuevo' }).expect(200);
    expect(updated.body.name).toBe('Nombre nuevo');
  });

  it('rejects malformed list parameters with a message per parameter', async () => {
    expect((await http().get('/api/agreements?filter={oops').set(admin.auth).expect(400)).body.errors.filter).toBeDefined();
    expect((await http().get('/api/agreements?sort=["folio","SIDEWAYS"]').set(admin.auth).expect(400)).body.errors.sort).toBeDefined();
    expect((await http().get('/api/agreements?sort=["password","ASC"]').set(admin.auth).expect(400)).body.errors.sort).toBeDefined();
    expect((await http().get('/api/agreements?range=[10,2]').set(admin.auth).expect(400)).body.errors.range).toBeDefined();
    expect((await http().get(`/api/agreements?filter=${encodeURIComponent('{"buildingId":"x"}')}`).set(admin.auth).expect(400)).body.errors.buildingId).toBeDefined();
    expect((await http().get(`/api/agreements?filter=${encodeURIComponent('{"hack":1}')}`).set(admin.auth).expect(400)).body.errors.hack).toBe('Filtro desconocido');
    expect((await http().get(`/api/spaces?filter=${encodeURIComponent('{"usableAreaM2_gte":"big"}')}`).set(admin.auth).expect(400)).body.errors.usableAreaM2_gte).toBeDefined();
  });

  it('answers a duplicate code with 409 on the right field', async () => {
    const res = await http().post('/api/buildings').set(admin.auth).send({ code: building.code, name: 'Duplicado', municipality: 'Toluca' }).expect(409);
    expect(res.body.errors).toEqual({ code: 'Ya existe un inmueble con esa clave' });
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = await http().post('/api/agencies').set(admin.auth).set('Content-Type', 'application/json').send('{"name": ').expect(400);
    expect(res.body.message).toMatch(/JSON/);
  });

  it('filters, sorts and pages lists the way react-admin asks', async () => {
    const res = await http()
      .get(`/api/spaces?filter=${encodeURIComponent(JSON.stringify({ buildingId: building.id, usableAreaM2_gte: 1, q: 'ofic' }))}&sort=["usableAreaM2","DESC"]&range=[0,9]`)
      .set(admin.auth)
      .expect(200);
    expect(res.headers['content-range']).toBe('spaces 0-0/1');
    expect(res.body[0]).toMatchObject({ code: 'P1-01', state: 'free', occupiedBy: null, buildingCode: building.code });
  });
});
