import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { AuthSecrets } from '../../src/auth/auth-secrets';
import type { Role } from '../../src/auth/permissions';
import { loadEnvironment } from '../../src/config/environment';
import { DatabaseConnection } from '../../src/database/data-source';
import { hashPassword } from '../../src/users/users.service';

export const SECRET = randomBytes(32).toString('hex');

/** A real application on the run's database (see global-setup.ts), ready for supertest. */
export async function startApp(env: Record<string, string> = {}): Promise<INestApplication> {
  const environment = loadEnvironment({ NODE_ENV: 'test', JWT_SECRET: SECRET, DATABASE_URL: process.env.DATABASE_URL, LOGIN_MAX_ATTEMPTS: '1000', ...env });
  const embedded = !!process.env.TEST_DATABASE_EMBEDDED;
  const database = new DatabaseConnection(process.env.DATABASE_URL!, embedded ? 1 : 5, embedded, environment.DB_STATEMENT_TIMEOUT_MS);
  const app = await createApp({ env: environment, database, secrets: new AuthSecrets(SECRET, '30m') });
  await app.init();
  return app;
}

export const unique = (prefix: string) => `${prefix}${randomUUID().slice(0, 8).toUpperCase()}`;

export interface Session {
  token: string;
  userId: string;
  auth: { Authorization: string };
}

/** Creates a user of `role` directly in the database and logs in through the API. */
export async function sessionAs(app: INestApplication, role: Role, scope: { agencyId?: string; buildingIds?: string[] } = {}): Promise<Session> {
  const db = app.get(DataSource);
  const username = unique(`${role}.`).toLowerCase();
  const password = 'contraseña-de-prueba';
  const [{ id }] = await db.query<{ id: string }[]>(
    `INSERT INTO users (username, full_name, password_hash, role, agency_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [username, `Usuario ${role}`, await hashPassword(password), role, scope.agencyId ?? null],
  );
  if (scope.buildingIds?.length) {
    await db.query(`INSERT INTO user_buildings (user_id, building_id) SELECT $1, unnest($2::uuid[])`, [id, scope.buildingIds]);
  }
  const res = await request(app.getHttpServer()).post('/api/auth/login').send({ username, password }).expect(200);
  return { token: res.body.accessToken, userId: id, auth: { Authorization: `Bearer ${res.body.accessToken}` } };
}

/** A building with `spaces` office spaces, created through the API by an admin. */
export async function createBuildingWithSpaces(app: INestApplication, admin: Session, spaces = 3) {
  const http = request(app.getHttpServer());
  const code = unique('T-');
  const building = (await http.post('/api/buildings').set(admin.auth).send({ code, name: `Inmueble de prueba ${code}`, municipality: 'Toluca' }).expect(201)).body;
  const created = [];
  for (let i = 1; i <= spaces; i++) {
    const space = await http
      .post('/api/spaces')
      .set(admin.auth)
      .send({ buildingId: building.id, code: `P1-${String(i).padStart(2, '0')}`, name: `Oficina ${i}`, floor: 1, type: 'office', usableAreaM2: 20 * i, workstations: 3 })
      .expect(201);
    created.push(space.body);
  }
  return { building, spaces: created };
}

export async function createAgency(app: INestApplication, admin: Session, overrides: Record<string, unknown> = {}) {
  const name = unique('Unidad de prueba ');
  const res = await request(app.getHttpServer())
    .post('/api/agencies')
    .set(admin.auth)
    .send({ name, acronym: name.slice(-8), level: 'state', ...overrides })
    .expect(201);
  return res.body;
}

export function agreementBody(buildingId: string, agencyId: string, spaceIds: string[], overrides: Record<string, unknown> = {}) {
  return { buildingId, agencyId, spaceIds, kind: 'comodato', startDate: '2030-01-01', endDate: '2030-12-31', headcount: 4, activate: true, ...overrides };
}
