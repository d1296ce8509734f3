import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { agreementBody, createAgency, createBuildingWithSpaces, type Session, sessionAs, startApp, unique } from './support/test-app';

/** The public directory: no login, only public facts, searchable without accents, cached with an ETag. */
describe('Public directory', () => {
  let app: INestApplication;
  let admin: Session;
  let building: { id: string; code: string; name: string };
  let agency: { id: string; acronym: string; name: string };
  const liaison = { liaisonName: 'Hortensia Privada Secreta', liaisonEmail: 'hortensia.secreta@ejemplo.gob.mx', liaisonPhone: '7221234567' };
  const http = () => request(app.getHttpServer());
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
    const created = await createBuildingWithSpaces(app, admin, 2);
    building = created.building;
    await http().put(`/api/buildings/${building.id}`).set(admin.auth).send({ phone: '(722) 555 0000', address: 'Av. Pública 1, C.P. 50000, Toluca' }).expect(200);
    await http().post('/api/spaces').set(admin.auth).send({ buildingId: building.id, code: 'CAF-1', name: 'Cafetería', floor: 0, type: 'cafeteria', usableAreaM2: 30 }).expect(201);
    agency = await createAgency(app, admin, { ...liaison, acronym: unique('DIR'), name: unique('Oficina de Trámites Vehiculares ') });
    await http().post('/api/procedures').set(admin.auth).send({
      agencyId: agency.id, name: 'Reposición de tarjeta de circulación', description: 'Trámite vehicular', requirements: 'Identificación oficial', keywords: 'placas auto',
    }).expect(201);
    const start = `${Number(today.slice(0, 4)) - 1}-01-01`;
    const end = `${Number(today.slice(0, 4)) + 1}-12-31`;
    const res = await http().post('/api/agreements').set(admin.auth)
      .send(agreementBody(building.id, agency.id, [created.spaces[0].id], { startDate: start, endDate: end, headcount: 17, notes: 'Nota interna reservada' }));
    expect(res.status).toBe(201);
    // A lease of a private tenant in the same building: never listed as an agency.
    const bank = await createAgency(app, admin, { level: 'private', rfc: 'BIC010101AB1' });
    await http().post('/api/agreements').set(admin.auth)
      .send(agreementBody(building.id, bank.id, [created.spaces[1].id], { kind: 'lease', monthlyRent: '98765.43', startDate: start, endDate: end }))
      .expect(201);
  });
  afterAll(() => app.close());

  it('answers without login, with the centre, its services and its agencies’ procedures', async () => {
    const res = await http().get('/api/public/centers').query({ q: building.code }).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const center = res.body.find((c: { code: string }) => c.code === building.code);
    expect(center).toMatchObject({ name: building.name, municipality: 'Toluca', phone: '(722) 555 0000', opensAt: '09:00', services: ['cafeteria'] });
    expect(center.agencies).toEqual([{
      id: agency.id, acronym: agency.acronym, name: agency.name, level: 'state',
      procedures: [{ id: expect.any(String), name: 'Reposición de tarjeta de circulación', description: 'Trámite vehicular', requirements: 'Identificación oficial' }],
    }]);
  });

  it('reveals nothing of agreements, costs or people in the serialized answer', async () => {
    for (const path of ['/api/public/centers', `/api/public/centers?q=${building.code}`, '/api/public/centers/hsds']) {
      const text = (await http().get(path).expect(200)).text;
      for (const secret of [liaison.liaisonName, liaison.liaisonEmail, liaison.liaisonPhone, '98765.4', 'Nota interna', 'BIC010101AB1', 'liaison', 'Rent', '"rent', 'folio', 'headcount', 'monthly', 'notes', 'Area', 'area_m2', 'email', 'rfc']) {
        expect(text).not.toContain(secret);
      }
      expect(text).not.toMatch(/"headcount"|"workstations"|"usableAreaM2"/);
    }
  });

  it('searches by procedure or agency ignoring accents and case', async () => {
    for (const q of ['REPOSICION DE TARJETA', 'circulacion', 'Vehículares', agency.acronym.toLowerCase(), 'placas']) {
      const res = await http().get('/api/public/centers').query({ q }).expect(200);
      expect(res.body.map((c: { code: string }) => c.code)).toContain(building.code);
    }
    const none = await http().get('/api/public/centers').query({ q: 'zzz-no-existe-qqq' }).expect(200);
    expect(none.body).toEqual([]);
  });

  it('answers 304 to a matching ETag', async () => {
    const first = await http().get('/api/public/centers').expect(200);
    expect(first.headers.etag).toBeDefined();
    await http().get('/api/public/centers').set('If-None-Match', first.headers.etag).expect(304);
  });

  it('serves the same answer precompressed, chosen by Accept-Encoding', async () => {
    const plain = await http().get('/api/public/centers').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(plain.text));
    for (const encoding of ['gzip', 'br']) {
      const res = await http().get('/api/public/centers').set('Accept-Encoding', `${encoding}, deflate`).expect(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/Accept-Encoding/);
      expect(res.headers.etag).toBe(plain.headers.etag);
      expect(res.body).toEqual(plain.body);
    }
  });

  it('exports Open Referral HSDS with organizations, services, locations and service_at_locations', async () => {
    const res = await http().get('/api/public/centers/hsds').expect(200);
    expect(Object.keys(res.body)).toEqual(expect.arrayContaining(['organizations', 'services', 'locations', 'service_at_locations']));
    const location = res.body.locations.find((l: { alternate_name: string }) => l.alternate_name === building.code);
    expect(location).toMatchObject({ location_type: 'physical', addresses: [expect.objectContaining({ postal_code: '50000', country: 'MX' })] });
    const service = res.body.services.find((s: { organization_id: string }) => s.organization_id === agency.id);
    expect(service.name).toBe('Reposición de tarjeta de circulación');
    expect(res.body.service_at_locations).toContainEqual(expect.objectContaining({ service_id: service.id, location_id: location.id }));
    expect(res.body.organizations).toContainEqual(expect.objectContaining({ id: agency.id, alternate_name: agency.acronym }));
  });
});
