import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, migrations } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';
import { isDatabaseEmpty, seedDemo } from '../src/demo/seed-demo';
import { ensureAdmin } from '../src/users/ensure-admin';

/** A fresh, empty database for one test: a new database on the server, or a new embedded one. */
async function freshDatabase(): Promise<{ url: string; poolSize: number; drop(): Promise<void> }> {
  if (process.env.TEST_DATABASE_EMBEDDED) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, poolSize: 1, drop: () => embedded.stop() };
  }
  const name = `csa_fresh_${randomUUID().slice(0, 8)}`;
  const ownerUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!;
  const admin = createDataSource(ownerUrl, 1);
  await admin.initialize();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ownerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    poolSize: 4,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

describe('Schema and first start', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  let one: DataSource;
  let two: DataSource;

  beforeAll(async () => {
    fresh = await freshDatabase();
    one = createDataSource(fresh.url, fresh.poolSize);
    two = createDataSource(fresh.url, fresh.poolSize);
    await Promise.all([one.initialize(), two.initialize()]);
  });
  afterAll(async () => {
    await Promise.all([one.destroy(), two.destroy()]);
    await fresh.drop();
  });

  it('migrates once when two instances start together', async () => {
    const [a, b] = await Promise.all([runMigrations(one), runMigrations(two)]);
    const names = migrations.map((m) => m.name);
    expect(names[0]).toBe('InitialSchema1764000000000');
    expect([...a, ...b]).toEqual(names);
    const rows = await one.query(`SELECT name FROM schema_migrations ORDER BY id`);
    expect(rows.map((r: { name: string }) => r.name)).toEqual(names);
  });

  it('fills an empty database with the demo once, and creates the first admin from the environment', async () => {
    expect(await isDatabaseEmpty(one)).toBe(true);
    await seedDemo(one, { today: '2026-11-24' });
    expect(await isDatabaseEmpty(one)).toBe(false);
    const [{ buildings, users }] = await one.query(`SELECT (SELECT count(*)::int FROM buildings) AS buildings, (SELECT count(*)::int FROM users) AS users`);
    expect({ buildings, users }).toEqual({ buildings: 11, users: 6 });
    expect(await ensureAdmin(one, 'primer.admin', 'una-contraseña-segura')).toBe(true);
    expect(await ensureAdmin(one, 'Primer.Admin', 'otra-contraseña-segura')).toBe(false);
  }, 180_000);
});
