import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { today } from '../src/common/today';
import { createAgency, createBuildingWithSpaces, type Session, sessionAs, startApp } from './support/test-app';

/**
 * The anonymous suggestion box: public submission and folio lookup, nothing identifying stored,
 * a flood from one address refused while others get through, and the back office answering.
 * This app stands behind a proxy on loopback (TRUST_PROXY), where supertest connects from, so that
 * X-Forwarded-For tells citizens apart; the last block runs without a trusted proxy.
 */
describe('Suggestion box', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: Session;
  let building: { id: string; code: string; name: string };
  let otherBuilding: { id: string; code: string };
  let agency: { id: string };
  let address = 0;
  const http = () => request(app.getHttpServer());
  const nextAddress = () => `203.0.113.${++address}`;
  const text = 'La fila para el trámite de placas fue muy larga; sugiero abrir otra ventanilla.';
  const submit = (body: Record<string, unknown>, from = nextAddress()) =>
    http().post('/api/public/suggestions').set('X-Forwarded-For', from).set('User-Agent', 'Navegador-Rastreable/9.9 (id-único-4242)').send(body);

  beforeAll(async () => {
    app = await startApp({ SUGGESTIONS_PER_HOUR: '3', TRUST_PROXY: 'loopback' });
    db = app.get(DataSource);
    admin = await sessionAs(app, 'admin');
    building = (await createBuildingWithSpaces(app, admin, 0)).building;
    otherBuilding = (await createBuildingWithSpaces(app, admin, 0)).building;
    agency = await createAgency(app, admin);
  });
  afterAll(() => app.close());

  it('takes a suggestion without login, answers a folio, sets no cookie and stores nothing about the sender', async () => {
    const from = nextAddress();
    const res = await submit({ buildingCode: building.code.toLowerCase(), agencyId: agency.id, category: 'complaint', rating: 2, text }, from).expect(201);
    expect(res.body.folio).toMatch(/^BZ-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(res.headers['set-cookie']).toBeUndefined();
    const rows = await db.query<Record<string, unknown>[]>(`SELECT * FROM suggestions WHERE folio = $1`, [res.body.folio]);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]).sort()).toEqual([
      'agency_id', 'answer', 'answered_by', 'answered_on', 'building_id', 'category', 'closed_on', 'created_on', 'folio', 'id', 'priority',
      'rating', 'status', 'text',
    ]);
    const stored = JSON.stringify(rows[0]);
    for (const trace of [from, '203.0.113', 'Navegador-Rastreable', '4242', '127.0.0.1', '::1']) expect(stored).not.toContain(trace);
    const audit = await db.query(`SELECT 1 FROM audit_events WHERE after::text LIKE $1 OR before::text LIKE $1`, [`%${from}%`]);
    expect(audit).toHaveLength(0);

    const lookup = await http().get(`/api/public/suggestions/${res.body.folio.toLowerCase()}`).expect(200);
    expect(lookup.body).toEqual({ folio: res.body.folio, buildingName: building.name, category: 'complaint', status: 'new', createdOn: res.body.createdOn, answer: null, answeredOn: null });
    await http().get('/api/public/suggestions/BZ-2222-2222-2222').expect(404);
  });

  it('refuses a flood from one address with 429 in Spanish, while another address still gets through', async () => {
    const flood = nextAddress();
    for (let i = 0; i < 3; i++) await submit({ buildingCode: building.code, category: 'suggestion', rating: 4, text: `${text} (${i})` }, flood).expect(201);
    const refused = await submit({ buildingCode: building.code, category: 'suggestion', rating: 4, text }, flood).expect(429);
    expect(refused.body.message).toMatch(/Intente de nuevo en \d+ minuto/);
    await submit({ buildingCode: building.code, category: 'suggestion', rating: 4, text }).expect(201);
  });

  it('refuses bad input, spam and oversized text with Spanish messages', async () => {
    const bad = await submit({ buildingCode: building.code, category: 'gripe', rating: 9, text: 'corto', name: 'Juan' }).expect(400);
    expect(bad.body.errors).toEqual({
      category: 'Debe ser uno de: suggestion, complaint, praise, question, other', rating: 'Debe ser menor o igual que 5',
      text: 'Escriba al menos 10 caracteres', name: 'Campo no permitido',
    });
    const long = await submit({ buildingCode: building.code, category: 'other', rating: 3, text: 'palabra '.repeat(300) }).expect(400);
    expect(long.body.errors.text).toBe('Admite como máximo 2,000 caracteres');
    const link = await submit({ buildingCode: building.code, category: 'other', rating: 3, text: 'Ofertas increíbles en https://spam.example/x' }).expect(400);
    expect(link.body.errors.text).toMatch(/enlaces/);
    const caps = await submit({ buildingCode: building.code, category: 'other', rating: 3, text: 'NADIE ATIENDE EN ESTE LUGAR NUNCA JAMÁS' }).expect(400);
    expect(caps.body.errors.text).toMatch(/mayúsculas/);
    const unknown = await submit({ buildingCode: 'NO-EXISTE', category: 'other', rating: 3, text }).expect(400);
    expect(unknown.body.errors.buildingCode).toBe('No existe un CSA con esa clave');
  });

  it('lets the building administrator triage and answer only their buildings, audited, and the citizen read the answer', async () => {
    const mine = (await submit({ buildingCode: building.code, category: 'question', rating: 3, text: '¿Hasta qué hora atiende el Registro Civil los viernes?' }).expect(201)).body;
    const theirs = (await submit({ buildingCode: otherBuilding.code, category: 'praise', rating: 5, text: 'Muy buena atención en la ventanilla de predial.' }).expect(201)).body;
    const manager = await sessionAs(app, 'building_admin', { buildingIds: [building.id] });
    const list = await http().get('/api/suggestions').query({ filter: JSON.stringify({ q: 'REGISTRO CIVIL' }) }).set(manager.auth).expect(200);
    expect(list.body.map((s: { folio: string }) => s.folio)).toEqual([mine.folio]);
    const [{ id: theirsId }] = await db.query<{ id: string }[]>(`SELECT id FROM suggestions WHERE folio = $1`, [theirs.folio]);
    await http().get(`/api/suggestions/${theirsId}`).set(manager.auth).expect(404);
    await http().put(`/api/suggestions/${theirsId}`).set(manager.auth).send({ answer: 'x' }).expect(404);

    const id = list.body[0].id;
    const empty = await http().put(`/api/suggestions/${id}`).set(manager.auth).send({ status: 'answered' }).expect(400);
    expect(empty.body.errors.answer).toMatch(/Escriba la respuesta/);
    const answered = await http().put(`/api/suggestions/${id}`).set(manager.auth).send({ priority: 'high', answer: 'Los viernes hasta las 18:00 h.' }).expect(200);
    expect(answered.body).toMatchObject({ status: 'answered', priority: 'high', answeredBy: manager.userId, text: '¿Hasta qué hora atiende el Registro Civil los viernes?' });
    const closed = await http().put(`/api/suggestions/${id}`).set(manager.auth).send({ status: 'closed', text: 'cambiado' }).expect(200);
    expect(closed.body.closedAt).not.toBeNull();
    expect(closed.body.text).toBe('¿Hasta qué hora atiende el Registro Civil los viernes?');
    const audit = await db.query(`SELECT action FROM audit_events WHERE resource = 'suggestions' AND record_id = $1`, [id]);
    expect(audit).toHaveLength(2);

    const lookup = await http().get(`/api/public/suggestions/${mine.folio}`).expect(200);
    expect(lookup.body).toMatchObject({ status: 'closed', answer: 'Los viernes hasta las 18:00 h.', answeredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(JSON.stringify(lookup.body)).not.toContain(manager.userId);

    const liaison = await sessionAs(app, 'inspector');
    await http().get('/api/suggestions').set(liaison.auth).expect(403);
  });

  it('counts suggestions by CSA, category and month', async () => {
    const month = today().slice(0, 7);
    const byBuilding = await http().get('/api/reports/suggestions').query({ from: month, to: month, groupBy: 'building' }).set(admin.auth).expect(200);
    const mine = byBuilding.body.rows.find((r: { key: string }) => r.key === building.id);
    expect(mine).toMatchObject({ label: building.name, count: 6, open: 5, answered: 0, closed: 1 });
    const byCategory = await http().get('/api/reports/suggestions').query({ from: month, to: month, groupBy: 'category', buildingId: building.id }).set(admin.auth).expect(200);
    expect(byCategory.body.rows).toEqual(expect.arrayContaining([
      expect.objectContaining({ key: 'complaint', label: 'Queja', count: 1, averageRating: 2 }),
      expect.objectContaining({ key: 'suggestion', label: 'Sugerencia', count: 4, averageRating: 4 }),
    ]));
    expect(byCategory.body.totals.count).toBe(6);
    await http().get('/api/reports/suggestions').query({ groupBy: 'color' }).set(admin.auth).expect(400);
  });
});

describe('Suggestion box limit, on two instances without a trusted proxy', () => {
  const LIMIT = 5;
  let one: INestApplication;
  let two: INestApplication;
  let building: { code: string };

  beforeAll(async () => {
    [one, two] = [await startApp({ SUGGESTIONS_PER_HOUR: String(LIMIT) }), await startApp({ SUGGESTIONS_PER_HOUR: String(LIMIT) })];
    building = (await createBuildingWithSpaces(one, await sessionAs(one, 'admin'), 0)).building;
  });
  afterAll(() => Promise.all([one.close(), two.close()]));

  it('accepts exactly the limit of 40 concurrent submissions from one address, rotating X-Forwarded-For or not', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        request((i % 2 ? two : one).getHttpServer()).post('/api/public/suggestions').set('X-Forwarded-For', `198.51.100.${i}`)
          .send({ buildingCode: building.code, category: 'suggestion', rating: 4, text: `Sugiero más sillas en la sala de espera, número ${i}.` }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s !== 201 && s !== 429)).toEqual([]);
    const counted = await one.get(DataSource).query<Record<string, unknown>[]>(`SELECT * FROM suggestion_counts`);
    expect(JSON.stringify(counted)).not.toMatch(/198\.51\.100|127\.0\.0\.1|::1/);
    const columns = await one.get(DataSource).query<{ data_type: string }[]>(
      `SELECT data_type FROM information_schema.columns WHERE table_name = 'suggestions' AND data_type LIKE 'timestamp%'`);
    expect(columns).toEqual([]);
  });
});
