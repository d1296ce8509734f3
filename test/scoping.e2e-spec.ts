import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { agreementBody, createAgency, createBuildingWithSpaces, Session, sessionAs, startApp } from './support/test-app';

describe('Roles and row scoping', () => {
  let app: INestApplication;
  let admin: Session;
  let mine: { building: { id: string }; agreement: { id: string; folio: string }; agency: { id: string }; space: { id: string } };
  let theirs: { building: { id: string }; agreement: { id: string; folio: string }; agency: { id: string }; space: { id: string } };

  const http = () => request(app.getHttpServer());
  const filter = (f: object) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

  async function tenancy() {
    const { building, spaces } = await createBuildingWithSpaces(app, admin, 1);
    const agency = await createAgency(app, admin);
    const agreement = (await http().post('/api/agreements').set(admin.auth).send(agreementBody(building.id, agency.id, [spaces[0].id])).expect(201)).body;
    return { building, agreement, agency, space: spaces[0] };
  }

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
    mine = await tenancy();
    theirs = await tenancy();
  });
  afterAll(() => app.close());

  describe('agency liaison', () => {
    let liaison: Session;
    beforeAll(async () => {
      liaison = await sessionAs(app, 'agency_liaison', { agencyId: mine.agency.id });
    });

    it('lists only its agency’s agreements, even when asking for another agency', async () => {
      const all = await http().get('/api/agreements?range=[0,999]').set(liaison.auth).expect(200);
      expect(all.body.length).toBeGreaterThan(0);
      expect(all.body.every((a: { agencyId: string }) => a.agencyId === mine.agency.id)).toBe(true);
      const other = await http().get(`/api/agreements?${filter({ agencyId: theirs.agency.id })}`).set(liaison.auth).expect(200);
      expect(other.body).toEqual([]);
      expect(other.headers['content-range']).toBe('agreements 0-0/0');
      const many = await http().get(`/api/agreements?${filter({ id: [mine.agreement.id, theirs.agreement.id] })}`).set(liaison.auth).expect(200);
      expect(many.body.map((a: { id: string }) => a.id)).toEqual([mine.agreement.id]);
    });

    it('gets 404 for another agency’s agreement, space and agency', async () => {
      await http().get(`/api/agreements/${mine.agreement.id}`).set(liaison.auth).expect(200);
      await http().get(`/api/agreements/${theirs.agreement.id}`).set(liaison.auth).expect(404);
      await http().get(`/api/spaces/${mine.space.id}`).set(liaison.auth).expect(200);
      await http().get(`/api/spaces/${theirs.space.id}`).set(liaison.auth).expect(404);
      await http().get(`/api/agencies/${theirs.agency.id}`).set(liaison.auth).expect(404);
    });

    it('sees that a space its agency once held is occupied, not by whom', async () => {
      const { building, spaces } = await createBuildingWithSpaces(app, admin, 1);
      const before = agreementBody(building.id, mine.agency.id, [spaces[0].id], { startDate: '2026-01-01', endDate: '2026-06-30' });
      await http().post('/api/agreements').set(admin.auth).send(before).expect(201);
      const now = agreementBody(building.id, theirs.agency.id, [spaces[0].id], { startDate: '2026-07-01', endDate: '2036-12-31' });
      await http().post('/api/agreements').set(admin.auth).send(now).expect(201);

      const seen = (await http().get(`/api/spaces?${filter({ buildingId: building.id })}`).set(liaison.auth).expect(200)).body;
      expect(seen).toEqual([expect.objectContaining({ id: spaces[0].id, state: 'occupied', occupiedBy: null })]);
      expect((await http().get(`/api/spaces/${spaces[0].id}`).set(liaison.auth).expect(200)).body.occupiedBy).toBeNull();
      const byOccupant = await http().get(`/api/spaces?${filter({ agencyId: theirs.agency.id })}`).set(liaison.auth).expect(200);
      expect(byOccupant.headers['content-range']).toBe('spaces 0-0/0');
      const asAdmin = (await http().get(`/api/spaces/${spaces[0].id}`).set(admin.auth).expect(200)).body;
      expect(asAdmin.occupiedBy).toMatchObject({ agencyId: theirs.agency.id });
      const adminByOccupant = await http().get(`/api/spaces?${filter({ agencyId: theirs.agency.id, buildingId: building.id })}`).set(admin.auth).expect(200);
      expect(adminByOccupant.body.map((x: { id: string }) => x.id)).toEqual([spaces[0].id]);
    });

    it('sees every building, as the public directory does, and each one’s page', async () => {
      const total = async (session: Session) => (await http().get('/api/buildings?range=[0,0]').set(session.auth).expect(200)).headers['content-range'];
      expect(await total(liaison)).toBe(await total(admin));
      expect(await total(liaison)).not.toMatch(/\/0$/);
      await http().get(`/api/buildings/${theirs.building.id}`).set(liaison.auth).expect(200);
    });

    it('cannot write, nor read users or the audit trail', async () => {
      await http().post('/api/agencies').set(liaison.auth).send({ name: 'X', acronym: 'X', level: 'state' }).expect(403);
      await http().post(`/api/agreements/${mine.agreement.id}/terminate`).set(liaison.auth).send({ terminatedOn: '2030-02-01', reason: 'x' }).expect(403);
      await http().get('/api/users').set(liaison.auth).expect(403);
      await http().get('/api/audit-events').set(liaison.auth).expect(403);
    });
  });

  describe('building administrator', () => {
    let manager: Session;
    beforeAll(async () => {
      manager = await sessionAs(app, 'building_admin', { buildingIds: [mine.building.id] });
    });

    it('sees and manages only its buildings', async () => {
      const buildings = await http().get('/api/buildings?range=[0,999]').set(manager.auth).expect(200);
      expect(buildings.body.map((b: { id: string }) => b.id)).toEqual([mine.building.id]);
      await http().get(`/api/buildings/${theirs.building.id}`).set(manager.auth).expect(404);
      await http().get(`/api/agreements/${theirs.agreement.id}`).set(manager.auth).expect(404);
      await http().put(`/api/spaces/${theirs.space.id}`).set(manager.auth).send({ name: 'Otro' }).expect(404);
      await http().put(`/api/spaces/${mine.space.id}`).set(manager.auth).send({ name: 'Ventanilla renovada' }).expect(200);
      const refused = await http().post('/api/spaces').set(manager.auth).send({ buildingId: theirs.building.id, code: 'X-1', name: 'X', type: 'office', usableAreaM2: 10 }).expect(400);
      expect(refused.body.errors.buildingId).toBeDefined();
      await http().get(`/api/buildings/${theirs.building.id}/free-spaces?from=2030-01-01&to=2030-01-31`).set(manager.auth).expect(404);
    });

    it('cannot create buildings or manage users', async () => {
      await http().post('/api/buildings').set(manager.auth).send({ code: 'CSA-NEW', name: 'Nuevo', municipality: 'Toluca' }).expect(403);
      await http().get('/api/users').set(manager.auth).expect(403);
    });
  });

  describe('auditor', () => {
    let auditor: Session;
    beforeAll(async () => {
      auditor = await sessionAs(app, 'auditor');
    });

    it('reads everything, audit trail included', async () => {
      await http().get(`/api/agreements/${theirs.agreement.id}`).set(auditor.auth).expect(200);
      await http().get('/api/audit-events').set(auditor.auth).expect(200);
    });

    it('cannot write anything', async () => {
      await http().post('/api/buildings').set(auditor.auth).send({ code: 'CSA-AUD', name: 'x', municipality: 'x' }).expect(403);
      await http().put(`/api/agencies/${mine.agency.id}`).set(auditor.auth).send({ name: 'x' }).expect(403);
      await http().delete(`/api/spaces/${mine.space.id}`).set(auditor.auth).expect(403);
      await http().post('/api/agreements').set(auditor.auth).send({}).expect(403);
      await http().post(`/api/agreements/${mine.agreement.id}/extend`).set(auditor.auth).send({ endDate: '2031-01-01' }).expect(403);
      await http().put('/api/settings').set(auditor.auth).send({ maxM2PerPerson: 20 }).expect(403);
    });
  });

  it('answers 401 without a valid token', async () => {
    await http().get('/api/buildings').expect(401);
    await http().get('/api/buildings').set('Authorization', 'Bearer not-a-token').expect(401);
    const res = await http().get('/api/agreements').set('Authorization', `Bearer ${admin.token.slice(0, -2)}xx`).expect(401);
    expect(res.body.message).toBe('Inicie sesión para continuar');
  });

  it('refuses to delete a record others depend on, suggesting deactivation', async () => {
    const res = await http().delete(`/api/agencies/${mine.agency.id}`).set(admin.auth).expect(409);
    expect(res.body.message).toMatch(/Desactívelo/);
    await http().put(`/api/agencies/${mine.agency.id}`).set(admin.auth).send({ active: false }).expect(200);
  });
});
