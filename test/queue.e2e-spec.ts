import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { type Session, sessionAs, startApp } from './support/test-app';
import { queueSetup } from './support/queue-setup';

describe('Waiting lines', () => {
  let app: INestApplication;
  let admin: Session;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
  });
  afterAll(() => app.close());

  it('issues numbered tickets per service and day, and tells the citizen where it stands', async () => {
    const q = await queueSetup(app, admin);
    const issue = (serviceId: string, category = 'general') =>
      http().post('/api/tickets').set(q.kiosk.auth).send({ buildingId: q.building.id, serviceId, category });
    const first = (await issue(q.a.service.id).expect(201)).body;
    const second = (await issue(q.a.service.id, 'preferential').expect(201)).body;
    const other = (await issue(q.b.service.id).expect(201)).body;
    expect([first.code, second.code, other.code]).toEqual(['QA-001', 'QA-002', 'QB-001']);
    expect(first).toMatchObject({ status: 'waiting', position: 1, estimatedWaitMinutes: expect.any(Number), statusToken: expect.stringMatching(/^[\w-]{32}$/) });
    expect(second.position).toBe(2);
    const status = (await http().get(`/api/public/tickets/${first.statusToken}`).expect(200)).body;
    expect(status).toMatchObject({ code: 'QA-001', status: 'waiting', position: 1, buildingCode: q.building.code });
    expect(JSON.stringify(status)).not.toMatch(/statusToken|visitId|clerk/);
    await http().get(`/api/public/tickets/${'x'.repeat(32)}`).expect(404);
  });

  it('calls at a counter, serves, finishes, and lets the citizen rate it once', async () => {
    const q = await queueSetup(app, admin);
    const ticket = (await http().post('/api/tickets').set(q.kiosk.auth).send({ buildingId: q.building.id, serviceId: q.a.service.id, category: 'general' }).expect(201)).body;
    const [counter] = q.a.counters;
    const [clerk] = q.a.clerks;
    const called = (await http().post(`/api/counters/${counter.id}/call-next`).set(clerk.auth).expect(200)).body;
    expect(called).toMatchObject({ id: ticket.id, status: 'called', counterLabel: counter.label, clerkId: clerk.userId });
    await http().post(`/api/counters/${counter.id}/call-next`).set(clerk.auth).expect(409); // one ticket at a time
    // Each step only from the state it starts from: a called ticket cannot be finished, a served one not called again.
    const early = await http().post(`/api/tickets/${ticket.id}/finish`).set(clerk.auth).send({ outcome: 'served' }).expect(409);
    expect(early.body.message).toContain('no admite ese paso');
    await http().post(`/api/tickets/${ticket.id}/recall`).set(clerk.auth).expect(200);
    await http().post(`/api/tickets/${ticket.id}/start`).set(clerk.auth).expect(200);
    await http().post(`/api/tickets/${ticket.id}/start`).set(clerk.auth).expect(409);
    await http().post(`/api/tickets/${ticket.id}/recall`).set(clerk.auth).expect(409);
    await http().post(`/api/tickets/${ticket.id}/no-show`).set(clerk.auth).expect(409);
    expect((await http().get(`/api/tickets/${ticket.id}`).set(clerk.auth).expect(200)).body).toMatchObject({ status: 'serving', recalls: 1 });
    await http().post(`/api/public/tickets/${ticket.statusToken}/rating`).send({ rating: 5 }).expect(409);
    const done = (await http().post(`/api/tickets/${ticket.id}/finish`).set(clerk.auth).send({ outcome: 'served' }).expect(200)).body;
    expect(done).toMatchObject({ status: 'done', outcome: 'served' });
    await http().post(`/api/counters/${counter.id}/call-next`).set(clerk.auth).expect(204);
    await http().post(`/api/public/tickets/${ticket.statusToken}/rating`).send({ rating: 5, comment: 'Muy amable' }).expect(201);
    await http().post(`/api/public/tickets/${ticket.statusToken}/rating`).send({ rating: 1 }).expect(409);
    await http().post(`/api/public/tickets/${ticket.statusToken}/rating`).send({ rating: 9 }).expect(400);
  });

  it('sends a ticket on to a second agency, and transfers, keeping its issue time', async () => {
    const q = await queueSetup(app, admin);
    const issue = (body: Record<string, unknown>) =>
      http().post('/api/tickets').set(q.kiosk.auth).send({ buildingId: q.building.id, category: 'general', ...body }).expect(201);
    const early = (await issue({ serviceId: q.a.service.id, nextServiceId: q.b.service.id })).body;
    const later = (await issue({ serviceId: q.b.service.id })).body;
    const [ca] = q.a.counters;
    const [cb] = q.b.counters;
    const [clerkA] = q.a.clerks;
    const [clerkB] = q.b.clerks;
    await http().post(`/api/counters/${ca.id}/call-next`).set(clerkA.auth).expect(200);
    await http().post(`/api/tickets/${early.id}/start`).set(clerkA.auth).expect(200);
    const moved = (await http().post(`/api/tickets/${early.id}/finish`).set(clerkA.auth).send({ outcome: 'served' }).expect(200)).body;
    expect(moved).toMatchObject({ status: 'waiting', serviceId: q.b.service.id, code: early.code });
    // Issued before `later`, it is called first at the second agency.
    expect((await http().post(`/api/counters/${cb.id}/call-next`).set(clerkB.auth).expect(200)).body.id).toBe(early.id);
    await http().post(`/api/tickets/${early.id}/no-show`).set(clerkB.auth).expect(200);
    const transferred = (await http().post(`/api/tickets/${later.id}/transfer`).set(q.reception.auth).send({ serviceId: q.a.service.id }).expect(200)).body;
    expect(transferred).toMatchObject({ status: 'waiting', serviceId: q.a.service.id, issuedAt: later.issuedAt });
  });

  it('keeps a clerk to its agency, a kiosk to issuing, and a status page to its own ticket', async () => {
    const q = await queueSetup(app, admin);
    const ticket = (await http().post('/api/tickets').set(q.kiosk.auth).send({ buildingId: q.building.id, serviceId: q.b.service.id, category: 'general' }).expect(201)).body;
    const [clerkA] = q.a.clerks;
    await http().get(`/api/tickets/${ticket.id}`).set(clerkA.auth).expect(404);
    await http().post(`/api/tickets/${ticket.id}/cancel`).set(clerkA.auth).expect(404);
    const listed = await http().get('/api/tickets').set(clerkA.auth).expect(200);
    expect(listed.body.every((t: { agencyId: string }) => t.agencyId === q.a.agency.id)).toBe(true);
    await http().post(`/api/counters/${q.b.counters[0].id}/call-next`).set(clerkA.auth).expect(404);
    await http().post('/api/tickets').set(clerkA.auth).send({ buildingId: q.building.id, serviceId: q.a.service.id, category: 'general' }).expect(403);
    for (const path of ['/api/tickets', '/api/counters', '/api/agreements', '/api/spaces', '/api/buildings']) await http().get(path).set(q.kiosk.auth).expect(403);
    expect((await http().get('/api/queue-services').set(q.kiosk.auth).expect(200)).body.map((s: { id: string }) => s.id).sort())
      .toEqual([q.a.service.id, q.b.service.id].sort());
    const elsewhere = await queueSetup(app, admin);
    await http().post('/api/tickets').set(q.kiosk.auth).send({ buildingId: elsewhere.building.id, serviceId: elsewhere.a.service.id, category: 'general' }).expect(400);
    const liaison = await sessionAs(app, 'agency_liaison', { agencyId: q.a.agency.id });
    await http().get('/api/tickets').set(liaison.auth).expect(403);
  });

  it('refuses a counter on a space its agency does not hold, or of the wrong kind, and a duplicate prefix', async () => {
    const q = await queueSetup(app, admin);
    const office = (await http().post('/api/spaces').set(admin.auth)
      .send({ buildingId: q.building.id, code: 'OF-1', name: 'Oficina', floor: 1, type: 'office', usableAreaM2: 20, workstations: 2 }).expect(201)).body;
    const vacant = (await http().post('/api/spaces').set(admin.auth)
      .send({ buildingId: q.building.id, code: 'MOD-9', name: 'Módulo libre', floor: 1, type: 'service_module', usableAreaM2: 8, workstations: 1 }).expect(201)).body;
    for (const spaceId of [office.id, vacant.id]) {
      await http().post('/api/counters').set(admin.auth).send({ buildingId: q.building.id, spaceId, label: 'X', serviceIds: [q.a.service.id] }).expect(409);
    }
    const dup = await http().post('/api/queue-services').set(admin.auth).send({ buildingId: q.building.id, agencyId: q.a.agency.id, name: 'Otro', prefix: 'qa' }).expect(409);
    expect(dup.body.errors.prefix).toMatch(/prefijo/);
    const wrong = await http().post('/api/counters').set(admin.auth)
      .send({ buildingId: q.building.id, spaceId: q.a.spaces[0].id, label: 'Y', serviceIds: [q.b.service.id] }).expect(400);
    expect(wrong.body.errors.serviceIds).toBeDefined();
  });

  it('answers the daily cap in Spanish', async () => {
    const q = await queueSetup(app, admin);
    await http().put(`/api/queue-services/${q.a.service.id}`).set(admin.auth).send({ dailyCap: 2 }).expect(200);
    const issue = () => http().post('/api/tickets').set(q.kiosk.auth).send({ buildingId: q.building.id, serviceId: q.a.service.id, category: 'general' });
    await issue().expect(201);
    await issue().expect(201);
    const refused = await issue().expect(409);
    expect(refused.body.message).toMatch(/ya entregó los 2 turnos de hoy/);
  });
});

describe('Waiting lines: metrics and the operations log', () => {
  let app: INestApplication;
  let admin: Session;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
  });
  afterAll(() => app.close());

  it('reports the day’s waits and outcomes, and fills the operations log from the tickets without overwriting a typed day', async () => {
    const q = await queueSetup(app, admin);
    const issue = () => http().post('/api/tickets').set(q.kiosk.auth).send({ buildingId: q.building.id, serviceId: q.a.service.id, category: 'general' }).expect(201);
    const [counter] = q.a.counters;
    const [clerk] = q.a.clerks;
    const tickets = [(await issue()).body, (await issue()).body, (await issue()).body];
    await http().post(`/api/counters/${counter.id}/call-next`).set(clerk.auth).expect(200);
    await http().post(`/api/tickets/${tickets[0].id}/start`).set(clerk.auth).expect(200);
    await http().post(`/api/tickets/${tickets[0].id}/finish`).set(clerk.auth).send({ outcome: 'served' }).expect(200);
    await http().post(`/api/counters/${counter.id}/call-next`).set(clerk.auth).expect(200);
    await http().post(`/api/tickets/${tickets[1].id}/no-show`).set(clerk.auth).expect(200);
    await http().post(`/api/tickets/${tickets[2].id}/cancel`).set(q.reception.auth).expect(200);
    await http().post(`/api/public/tickets/${tickets[0].statusToken}/rating`).send({ rating: 4 }).expect(201);

    const day = tickets[0].day;
    const report = (await http().get('/api/reports/queue').query({ from: day, to: day, groupBy: 'service', buildingId: q.building.id }).set(admin.auth).expect(200)).body;
    const [row, total] = report.rows;
    expect(row).toMatchObject({ key: q.a.service.id, issued: 3, served: 1, noShow: 1, cancelled: 1, ratings: 1, ratingMean: 4, withinTarget: 1 });
    expect(total).toMatchObject({ isTotal: true, issued: 3 });
    expect(row.waitMean).toEqual(expect.any(Number));
    const csv = await http().get('/api/reports/queue').query({ from: day, to: day, groupBy: 'hour', buildingId: q.building.id, format: 'csv' }).set(admin.auth).expect(200);
    expect(csv.text).toMatch(/Hora,Emitidos,Atendidos/);
    await http().get('/api/reports/queue').query({ from: day, to: day, groupBy: 'service' }).set(q.a.clerks[0].auth).expect(403);
    await http().get('/api/reports/queue').query({ from: day, to: day, groupBy: 'persona' }).set(admin.auth).expect(400);

    const board = (await http().get('/api/queue/board').query({ buildingId: q.building.id }).set(q.reception.auth).expect(200)).body;
    expect(board.services.find((s: { id: string }) => s.id === q.a.service.id)).toMatchObject({ waiting: 0, counters: 1, open: 1 });

    const fill = (overwrite = false) => http().post('/api/queue/fill-log').set(admin.auth).send({ date: day, buildingId: q.building.id, overwrite }).expect(200);
    expect((await fill()).body.days).toBe(1);
    const logged = (await http().get('/api/operation-days').query({ filter: JSON.stringify({ buildingId: q.building.id, date: day }) }).set(admin.auth).expect(200)).body;
    expect(logged).toEqual([expect.objectContaining({ visitors: 3, procedures: 1, counts: [expect.objectContaining({ agencyId: q.a.agency.id, visitors: 3, procedures: 1 })] })]);
    // Typed by hand, the day stays; unless the administrator overwrites it.
    await http().put(`/api/operation-days/${logged[0].id}`).set(admin.auth).send({ status: 'open', counts: [{ agencyId: q.a.agency.id, visitors: 9, procedures: 9 }] }).expect(200);
    expect((await fill()).body.days).toBe(0);
    expect((await fill(true)).body.days).toBe(1);
    const again = (await http().get(`/api/operation-days/${logged[0].id}`).set(admin.auth).expect(200)).body;
    expect(again).toMatchObject({ visitors: 3, procedures: 1 });
  });
});
