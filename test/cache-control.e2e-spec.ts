import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { sessionAs, startApp, unique } from './support/test-app';

/**
 * Every answer of the API, read or refused, with or without a token, tells caches to keep nothing:
 * only the public directory of centres, the same for everyone, may be kept.
 */
describe('Cache-Control on every answer', () => {
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  const shareable = (path: string) => path.startsWith('/api/public/centers');

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it('is no-store on every GET of the OpenAPI document, as admin and without a token', async () => {
    const admin = await sessionAs(app, 'admin');
    const doc = await http().get('/api/docs-json').expect(200);
    const paths = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
      .filter(([, ops]) => ops.get)
      .map(([path]) => path.replace(/\{[^}]+\}/g, randomUUID()));
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) {
      for (const res of [await http().get(path).set(admin.auth), await http().get(path)]) {
        const expected = expect.stringMatching(shareable(path) ? /^public/ : /\bno-store\b/);
        expect({ path, status: res.status, cacheControl: res.headers['cache-control'] }).toEqual({ path, status: res.status, cacheControl: expected });
      }
    }
  });

  it('is no-store on the login’s token, its refusals, and writes', async () => {
    const admin = await sessionAs(app, 'admin');
    const username = unique('cache.').toLowerCase();
    const password = 'girasol-Tambor-cuarzo-81';
    const answers = [
      await http().post('/api/users').set(admin.auth).send({ username, fullName: 'Caché', role: 'inspector', password }),
      await http().post('/api/auth/login').send({ username, password }),
      await http().post('/api/auth/login').send({ username: 'nadie.existe', password: 'x' }),
      await http().post('/api/auth/login').send({ username: '' }),
      await http().post('/api/public/suggestions').send({}),
      await http().get('/api/no-existe'),
    ];
    expect(answers.map((r) => r.status)).toEqual([201, 200, 401, 400, 400, 404]);
    expect(answers[1].body.accessToken).toEqual(expect.any(String));
    for (const res of answers) expect(res.headers['cache-control']).toBe('no-store');
  });
});
