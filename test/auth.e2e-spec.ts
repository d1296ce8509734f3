import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { hashPassword } from '../src/users/users.service';
import { sessionAs, startApp, unique } from './support/test-app';

describe('Authentication', () => {
  let app: INestApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApp({ LOGIN_MAX_ATTEMPTS: '3' });
  });
  afterAll(() => app.close());

  async function user(password: string, active = true) {
    const username = unique('persona.').toLowerCase();
    await app.get(DataSource).query(`INSERT INTO users (username, full_name, password_hash, role, active) VALUES ($1, 'Persona', $2, 'finance', $3)`, [
      username, await hashPassword(password), active,
    ]);
    return username;
  }

  it('logs in with an argon2id hash and answers the session with the role’s permissions', async () => {
    const username = await user('contraseña-correcta');
    const res = await http().post('/api/auth/login').send({ username: username.toUpperCase(), password: 'contraseña-correcta' }).expect(200);
    expect(res.body.user).toMatchObject({ username, role: 'finance', agencyId: null, buildingIds: [] });
    expect(res.body.permissions.buildings).toEqual(['read']);
    expect(res.body.permissions.users).toEqual([]);
    expect(Date.parse(res.body.expiresAt) - Date.now()).toBeLessThanOrEqual(30 * 60_000 + 5000);
    const [{ password_hash }] = await app.get(DataSource).query(`SELECT password_hash FROM users WHERE username = $1`, [username]);
    expect(password_hash).toMatch(/^\$argon2id\$/);
    const me = await http().get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body.user.username).toBe(username);
    const refreshed = await http().post('/api/auth/refresh').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(refreshed.body.accessToken).toEqual(expect.any(String));
  });

  it('answers wrong passwords, unknown and inactive users alike', async () => {
    const username = await user('contraseña-correcta');
    const inactive = await user('contraseña-correcta', false);
    for (const body of [{ username, password: 'otra' }, { username: 'nadie.existe', password: 'x' }, { username: inactive, password: 'contraseña-correcta' }]) {
      const res = await http().post('/api/auth/login').send(body).expect(401);
      expect(res.body.message).toBe('Usuario o contraseña incorrectos');
    }
  });

  it('validates the login body before checking credentials', async () => {
    const res = await http().post('/api/auth/login').send({ username: '' }).expect(400);
    expect(res.body.errors).toMatchObject({ username: 'Escriba su usuario', password: expect.any(String) });
  });

  it('limits failed login attempts per account and address, and not successful ones', async () => {
    const regular = await user('contraseña-correcta');
    for (let i = 0; i < 5; i++) await http().post('/api/auth/login').send({ username: regular, password: 'contraseña-correcta' }).expect(200);
    const username = await user('contraseña-correcta');
    for (let i = 0; i < 3; i++) await http().post('/api/auth/login').send({ username, password: 'mala' }).expect(401);
    const blocked = await http().post('/api/auth/login').send({ username, password: 'contraseña-correcta' }).expect(429);
    expect(blocked.body.message).toMatch(/Demasiados intentos/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const other = await user('contraseña-correcta');
    await http().post('/api/auth/login').send({ username: other, password: 'contraseña-correcta' }).expect(200);
  });

  it('serves health and the OpenAPI document without a token, with security headers', async () => {
    const health = await http().get('/api/health').expect(200);
    expect(health.body.info.database.status).toBe('up');
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['content-security-policy']).toBeDefined();
    const doc = await http().get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/agreements', '/api/agreements/{id}/activate', '/api/auth/login']));
  });

  it('lets only admins manage users, and never returns password hashes', async () => {
    const admin = await sessionAs(app, 'admin');
    const res = await http().get('/api/users?range=[0,999]').set(admin.auth).expect(200);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash/);
    const liaisonWithoutAgency = await http().post('/api/users').set(admin.auth).send({ username: unique('enlace.'), fullName: 'Enlace', role: 'agency_liaison', password: 'contraseña-larga' }).expect(400);
    expect(liaisonWithoutAgency.body.errors.agencyId).toBeDefined();
    await http().delete(`/api/users/${admin.userId}`).set(admin.auth).expect(409);
  });

  it('refuses a weak password on creation and on change, saying why, and stores nothing', async () => {
    const admin = await sessionAs(app, 'admin');
    const username = unique('rosa.');
    const base = { username, fullName: 'Rosa Martínez Pérez', email: `${username}@ejemplo.gob.mx`, role: 'inspector' };
    for (const weak of ['1234567890', '123456789012', ' '.repeat(12), `${username}-2026`, 'RosaMartinez1', 'demo-admin-2026', 'qwertyuiop12']) {
      const res = await http().post('/api/users').set(admin.auth).send({ ...base, password: weak }).expect(400);
      expect(res.body.errors.password).toMatch(/contraseña|caracteres/i);
    }
    const none = await http().get(`/api/users?filter=${encodeURIComponent(JSON.stringify({ q: username }))}`).set(admin.auth).expect(200);
    expect(none.body).toEqual([]);

    const created = await http().post('/api/users').set(admin.auth).send({ ...base, password: 'girasol-Tambor-cuarzo-81' }).expect(201);
    const renamed = unique('nuevo.');
    for (const change of [{ password: 'demo-finanzas-2026' }, { password: `${renamed}!!`, username: renamed }, { password: 'Martinez-Perez' }]) {
      const res = await http().put(`/api/users/${created.body.id}`).set(admin.auth).send(change).expect(400);
      expect(res.body.errors.password).toBeDefined();
    }
    await http().post('/api/auth/login').send({ username, password: 'girasol-Tambor-cuarzo-81' }).expect(200);
    await http().put(`/api/users/${created.body.id}`).set(admin.auth).send({ password: 'violeta-Nube-granito-36' }).expect(200);
    await http().post('/api/auth/login').send({ username, password: 'violeta-Nube-granito-36' }).expect(200);
  });
});
