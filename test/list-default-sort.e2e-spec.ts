import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { sessionAs, startApp } from './support/test-app';

/**
 * react-admin sends `sort=["id","ASC"]` when a list or a reference picker names no sort of its own
 * (an «Instrumento» filter over the regulations, a service picker over the utility services…): every
 * list of the API answers it, in its natural order, never 400.
 */
describe('react-admin’s default sort on every list', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it('is answered by every GET list of the OpenAPI document', async () => {
    const admin = await sessionAs(app, 'admin');
    const doc = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    // A list: a GET without a path parameter whose answer carries Content-Range.
    const candidates = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
      .filter(([path, ops]) => ops.get && !path.includes('{') && !path.startsWith('/api/public') && !path.includes('docs'))
      .map(([path]) => path);
    const lists: string[] = [];
    for (const path of candidates) {
      const plain = await request(app.getHttpServer()).get(path).set(admin.auth);
      if (plain.status !== 200 || !plain.headers['content-range']) continue;
      lists.push(path);
      const page = async (sort?: 'ASC' | 'DESC') => {
        const res = await request(app.getHttpServer())
          .get(`${path}?range=[0,4]${sort ? `&sort=${encodeURIComponent(JSON.stringify(['id', sort]))}` : ''}`).set(admin.auth);
        expect({ path, sort, status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ path, sort, status: 200, body: 'ok' });
        return (res.body as { id: string | number }[]).map((r) => r.id);
      };
      const [natural, ascending, descending] = [await page(), await page('ASC'), await page('DESC')];
      // Either ids have an order of their own (the audit's sequence), kept in both directions, or the
      // list answers in its own order whatever the direction.
      const byId = (ids: (string | number)[], sign: 1 | -1) => [...ids].sort((a, b) => sign * (Number(a) - Number(b)));
      const ownIdOrder = ascending.every((id) => /^\d+$/.test(String(id))) && ascending.length > 1
        && String(ascending) === String(byId(ascending, 1)) && String(descending) === String(byId(descending, -1));
      if (!ownIdOrder) expect({ path, ascending, descending }).toEqual({ path, ascending: natural, descending: natural });
    }
    expect(lists.length).toBeGreaterThan(25);
    expect(lists).toEqual(expect.arrayContaining(['/api/regulations', '/api/articles', '/api/meters', '/api/utility-services']));
  });
});
