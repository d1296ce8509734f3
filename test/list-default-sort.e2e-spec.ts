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
      const sorted = await request(app.getHttpServer()).get(`${path}?sort=${encodeURIComponent('["id","ASC"]')}&range=[0,4]`).set(admin.auth);
      expect({ path, status: sorted.status, body: sorted.status === 200 ? 'ok' : sorted.body }).toEqual({ path, status: 200, body: 'ok' });
      // The same rows as with no sort at all: the list's own order.
      const natural = await request(app.getHttpServer()).get(`${path}?range=[0,4]`).set(admin.auth);
      expect({ path, ids: sorted.body.map((r: { id: unknown }) => r.id) }).toEqual({ path, ids: natural.body.map((r: { id: unknown }) => r.id) });
    }
    expect(lists.length).toBeGreaterThan(25);
    expect(lists).toEqual(expect.arrayContaining(['/api/regulations', '/api/articles', '/api/meters', '/api/utility-services']));
  });
});
