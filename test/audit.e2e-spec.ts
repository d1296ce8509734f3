import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createAgency, Session, sessionAs, startApp } from './support/test-app';

describe('Audit trail', () => {
  let app: INestApplication;
  let admin: Session;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
  });
  afterAll(() => app.close());

  it('records who changed what, with the record before and after', async () => {
    const agency = await createAgency(app, admin, { acronym: 'ANTES' });
    await http().put(`/api/agencies/${agency.id}`).set(admin.auth).send({ acronym: 'DESPUES' }).expect(200);
    const res = await http()
      .get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'agencies', recordId: agency.id }))}&sort=["id","ASC"]`)
      .set(admin.auth)
      .expect(200);
    expect(res.body.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    const update = res.body[1];
    expect(update.actorId).toBe(admin.userId);
    expect(update.before.acronym).toBe('ANTES');
    expect(update.after.acronym).toBe('DESPUES');
    expect(new Date(update.occurredAt).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('never stores password hashes', async () => {
    const created = await http()
      .post('/api/users')
      .set(admin.auth)
      .send({ username: `auditado.${Date.now()}`, fullName: 'Persona auditada', role: 'inspector', password: 'una-contraseña-larga' })
      .expect(201);
    expect(created.body.passwordHash).toBeUndefined();
    const res = await http().get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ recordId: created.body.id }))}`).set(admin.auth).expect(200);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|password/i);
  });

  it('keeps no event when the change fails', async () => {
    const agency = await createAgency(app, admin);
    await http().put(`/api/agencies/${agency.id}`).set(admin.auth).send({ parentId: agency.id }).expect(400);
    const res = await http().get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ recordId: agency.id }))}`).set(admin.auth).expect(200);
    expect(res.body.map((e: { action: string }) => e.action)).toEqual(['create']);
  });
});
