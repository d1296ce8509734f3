import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SESSION_CHECK_MS } from '../src/auth/session-users';
import { hashPassword } from '../src/users/users.service';
import { createBuildingWithSpaces, type Session, sessionAs, startApp, unique } from './support/test-app';

const PASSWORD = 'contraseña-de-prueba';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Sessions that follow their user, on two instances', () => {
  let one: INestApplication;
  let two: INestApplication;
  let admin: Session;
  let buildings: string[];

  beforeAll(async () => {
    [one, two] = [await startApp(), await startApp()];
    admin = await sessionAs(one, 'admin');
    buildings = [(await createBuildingWithSpaces(one, admin, 1)).building.id, (await createBuildingWithSpaces(one, admin, 1)).building.id];
  });
  afterAll(() => Promise.all([one.close(), two.close()]));

  /** A fresh admin (or building admin) whose token works on the second instance before the change. */
  async function victim(role: 'admin' | 'building_admin' = 'admin') {
    const session = await sessionAs(one, role, role === 'building_admin' ? { buildingIds: [buildings[0]] } : {});
    await request(two.getHttpServer()).get('/api/auth/me').set(session.auth).expect(200);
    return session;
  }

  const replayed = async (session: Session) => {
    await pause(SESSION_CHECK_MS + 100);
    return request(two.getHttpServer()).get('/api/buildings').set(session.auth);
  };

  const changes: [string, 'admin' | 'building_admin', (id: string) => Promise<unknown>][] = [
    ['demoted', 'admin', (id) => request(one.getHttpServer()).put(`/api/users/${id}`).set(admin.auth).send({ role: 'auditor' }).expect(200)],
    ['deactivated', 'admin', (id) => request(one.getHttpServer()).put(`/api/users/${id}`).set(admin.auth).send({ active: false }).expect(200)],
    ['deleted', 'admin', (id) => request(one.getHttpServer()).delete(`/api/users/${id}`).set(admin.auth).expect(200)],
    ['moved to another building', 'building_admin', (id) => request(one.getHttpServer()).put(`/api/users/${id}`).set(admin.auth).send({ buildingIds: [buildings[1]] }).expect(200)],
    ['given a new password', 'admin', (id) => request(one.getHttpServer()).put(`/api/users/${id}`).set(admin.auth).send({ password: 'Otra-Clave-Muy-Larga-9731' }).expect(200)],
  ];

  it.each(changes)('stops the token of a user %s, everywhere, within a second', async (_what, role, change) => {
    const session = await victim(role);
    await change(session.userId);
    const res = await replayed(session);
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/inicie sesión de nuevo/);
    await request(two.getHttpServer()).post('/api/auth/refresh').set(session.auth).expect(401);
    await request(two.getHttpServer()).post('/api/users').set(session.auth).send({ username: unique('x.').toLowerCase(), fullName: 'X', role: 'admin', password: 'Una-Clave-Muy-Larga-8846' }).expect(401);
  });

  it('keeps the token through a change that does not alter what the user may do', async () => {
    const session = await victim('building_admin');
    await request(one.getHttpServer()).put(`/api/users/${session.userId}`).set(admin.auth).send({ fullName: 'Nombre corregido', buildingIds: [buildings[0]] }).expect(200);
    expect((await replayed(session)).status).toBe(200);
  });

  it('refuses a validly signed token for a user that does not exist, or without a session version', async () => {
    const jwt = one.get(JwtService);
    for (const payload of [{ sub: randomUUID(), ver: 1 }, { sub: 'not-a-uuid', ver: 1 }, { sub: admin.userId }, { sub: admin.userId, ver: '1' }]) {
      const token = await jwt.signAsync(payload);
      await request(two.getHttpServer()).get('/api/buildings').set({ Authorization: `Bearer ${token}` }).expect(401);
    }
  });
});

describe('Login limits that hold under concurrency, on two instances', () => {
  const LIMIT = 5;
  let one: INestApplication;
  let two: INestApplication;
  let db: DataSource;

  beforeAll(async () => {
    [one, two] = [await startApp({ LOGIN_MAX_ATTEMPTS: String(LIMIT) }), await startApp({ LOGIN_MAX_ATTEMPTS: String(LIMIT), TRUST_PROXY: '10.9.8.7' })];
    db = one.get(DataSource);
  });
  afterAll(() => Promise.all([one.close(), two.close()]));

  async function account() {
    const username = unique('limite.').toLowerCase();
    const [{ id }] = await db.query<{ id: string }[]>(`INSERT INTO users (username, full_name, password_hash, role) VALUES ($1, 'Prueba', $2, 'finance') RETURNING id`, [username, await hashPassword(PASSWORD)]);
    return { username, id };
  }
  const evaluated = async (id: string) =>
    (await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_events WHERE resource = 'sessions' AND record_id = $1 AND action IN ('login', 'login_failed')`, [id]))[0].n;

  it('evaluates at most the limit of 100 concurrent wrong passwords over two instances, whatever X-Forwarded-For says', async () => {
    const { username, id } = await account();
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        request((i % 2 ? two : one).getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', `203.0.113.${i}`).send({ username, password: `mala-${i}` }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(LIMIT);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(await evaluated(id)).toBeLessThanOrEqual(LIMIT);
    const throttled = answers.find((r) => r.status === 429)!;
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(throttled.body.message).toMatch(/Demasiados intentos/);
    // The correct password from the same place waits too: nothing is evaluated past the limit.
    await request(one.getHttpServer()).post('/api/auth/login').send({ username, password: PASSWORD }).expect(429);
  });

  it('believes X-Forwarded-For only from the proxy named in TRUST_PROXY', async () => {
    const { username } = await account();
    for (let i = 0; i < LIMIT; i++) await request(one.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', `198.51.100.${i}`).send({ username, password: 'mala' }).expect(401);
    // Instance one trusts no proxy: every attempt came from the same loopback peer, now over the limit.
    await request(one.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', '198.51.100.200').send({ username, password: PASSWORD }).expect(429);
    // Instance two trusts 10.9.8.7 only, which is not the peer here: the header is ignored as well.
    await request(two.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', '198.51.100.201, 10.9.8.7').send({ username, password: PASSWORD }).expect(429);
  });

  it('does not let one address lock out other accounts, and lets the owner in from elsewhere after a short pause', async () => {
    const target = await account();
    const bystander = await account();
    for (let i = 0; i < LIMIT; i++) await request(one.getHttpServer()).post('/api/auth/login').send({ username: target.username, password: 'mala' }).expect(401);
    await request(one.getHttpServer()).post('/api/auth/login').send({ username: bystander.username, password: PASSWORD }).expect(200);
    const [{ until }] = await db.query<{ until: Date | null }[]>(`SELECT blocked_until AS until FROM rate_limits WHERE key = $1`, [`login:user:${target.id}`]);
    expect(until).not.toBeNull();
    expect(until!.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
  });

  it.each(['fİnanzas', 'ＦＩＮＡＮＺＡＳ', 'finanzas\u200b', 'finanzaſ', 'finanza\u212a'.replace('\u212a', 's\u0307'), '\u212afinanzas'])('does not take the look-alike «%s» for the account it resembles', async (lookAlike) => {
    const username = 'finanzas';
    await db.query(`INSERT INTO users (username, full_name, password_hash, role) VALUES ($1, 'Finanzas', $2, 'finance') ON CONFLICT DO NOTHING`, [username, await hashPassword(PASSWORD)]);
    const res = await request(one.getHttpServer()).post('/api/auth/login').send({ username: lookAlike, password: PASSWORD });
    expect([400, 401]).toContain(res.status);
  });

  it('records logins, failures and throttled attempts in the audit trail, never the password typed', async () => {
    const { username, id } = await account();
    await request(one.getHttpServer()).post('/api/auth/login').send({ username, password: PASSWORD }).expect(200);
    for (let i = 0; i < LIMIT; i++) await request(one.getHttpServer()).post('/api/auth/login').send({ username, password: 'clave-secreta-mala' }).expect(401);
    await request(one.getHttpServer()).post('/api/auth/login').send({ username, password: 'clave-secreta-mala' }).expect(429);
    const events = await db.query<{ action: string; actor_id: string; after: object }[]>(
      `SELECT action, actor_id, after FROM audit_events WHERE resource = 'sessions' AND record_id = $1 ORDER BY id`, [id]);
    expect(events.map((e) => e.action)).toEqual(['login', ...Array(LIMIT).fill('login_failed'), 'login_throttled']);
    expect(events.every((e) => e.actor_id === id)).toBe(true);
    expect(JSON.stringify(events)).not.toMatch(/clave-secreta-mala|contraseña-de-prueba/);
  });
});
