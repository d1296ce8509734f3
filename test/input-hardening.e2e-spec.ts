import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { type Session, sessionAs, startApp } from './support/test-app';

/**
 * Input that used to answer 500, enumerated over the OpenAPI document: the NUL character anywhere in a
 * request, JSON nested deeper than any form needs, and numbers PostgreSQL cannot hold.
 */
describe('Hostile input is a 400 in Spanish, never a 500', () => {
  let app: INestApplication;
  let admin: Session;
  let writes: { method: 'post' | 'put' | 'patch'; path: string }[];
  let lists: string[];
  const http = () => request(app.getHttpServer());
  const concrete = (path: string) => path.replace(/\{[^}]+\}/g, randomUUID());
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
    const doc = (await http().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
    writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      (['post', 'put', 'patch'] as const).filter((m) => ops[m]).map((method) => ({ method, path: concrete(path) })));
    // A list is a GET without a path parameter that answers react-admin's Content-Range.
    const gets = Object.entries(doc.paths).filter(([path, ops]) => !path.includes('{') && ops.get).map(([path]) => path);
    const answers = await Promise.all(gets.map(async (path) => ({ path, range: (await http().get(path).set(admin.auth)).headers['content-range'] })));
    lists = answers.filter((a) => a.range).map((a) => a.path);
  });
  afterAll(() => app.close());

  const send = (w: { method: 'post' | 'put' | 'patch'; path: string }, auth: object) => http()[w.method](w.path).set(auth);

  it('finds the writes and the lists', () => {
    expect(writes.length).toBeGreaterThan(30);
    expect(lists.length).toBeGreaterThan(15);
  });

  it('refuses a NUL character in any string or key of any write body, with or without a token', async () => {
    const bodies = [{ name: 'a\u0000b' }, { nested: { list: ['ok', 'x\u0000'] } }, { 'cla\u0000ve': 'valor' }, { username: 'admin\u0000', password: 'x' }];
    for (const w of writes) {
      for (const body of bodies) {
        for (const auth of [admin.auth, {}]) {
          const res = await send(w, auth).send(body);
          expect([w.path, res.status]).toEqual([w.path, 400]);
          expect(res.body.message ?? JSON.stringify(res.body.errors)).toMatch(/carácter nulo|Hay datos por corregir/);
        }
      }
    }
  });

  it('refuses a NUL character in q, a filter, a sort or a path id of every list', async () => {
    for (const path of lists) {
      for (const query of [{ filter: JSON.stringify({ q: 'a\u0000' }) }, { filter: JSON.stringify({ 'k\u0000': 1 }) }, { sort: JSON.stringify(['id\u0000', 'ASC']) }]) {
        const res = await http().get(path).query(query).set(admin.auth);
        expect([path, res.status]).toEqual([path, 400]);
      }
      const byId = await http().get(`${path}/abc%00def`).set(admin.auth);
      expect(byId.status).toBeLessThan(500);
    }
  });

  it('refuses JSON nested 50,000 levels deep in a body (no token needed) and in a list filter', async () => {
    const public_ = [{ method: 'post' as const, path: '/api/auth/login' }, { method: 'post' as const, path: '/api/public/suggestions' }];
    for (const w of [...public_, ...writes.slice(0, 20)]) {
      const res = await send(w, admin.auth).set('Content-Type', 'application/json').send(`{"a":${deep(50_000)}}`);
      expect([w.path, res.status]).toEqual([w.path, 400]);
      expect(res.body.message).toMatch(/anidados/);
    }
    for (const path of lists) {
      const res = await http().get(path).query({ filter: `{"a":${deep(100)}}` }).set(admin.auth);
      expect([path, res.status]).toEqual([path, 400]);
    }
  });

  it.each([1e-7, -1, 0, 1e308, '1e400', 'NaN', 'Infinity', '12.345'])('refuses maxM2PerPerson = %s with a field message', async (value) => {
    const res = await http().put('/api/settings').set(admin.auth).send({ maxM2PerPerson: value });
    expect(res.status).toBe(400);
    expect(res.body.errors.maxM2PerPerson).toEqual(expect.any(String));
  });
});
