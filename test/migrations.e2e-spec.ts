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
    expect({ buildings, users }).toEqual({ buildings: 11, users: 9 });
    // The waiting lines: every counter on a space its agency holds that day; numbers 1…n per service and day; times in order; today empty.
    const [lines] = await one.query(
      `SELECT (SELECT count(*)::int FROM queue_services) AS services, (SELECT count(DISTINCT building_id)::int FROM queue_services) AS buildings,
              (SELECT count(*)::int FROM counters c WHERE NOT EXISTS (
                 SELECT 1 FROM agreement_spaces x JOIN agreements a ON a.id = x.agreement_id
                  WHERE x.space_id = c.space_id AND a.agency_id = c.agency_id AND x.blocking AND x.period @> '2026-11-24'::date)) AS stray_counters,
              (SELECT count(*)::int FROM (SELECT origin_service_id, day FROM tickets GROUP BY 1, 2 HAVING max(number) <> count(*)) g) AS gaps,
              (SELECT count(*)::int FROM ticket_visits WHERE NOT (queued_at <= COALESCE(called_at, queued_at) AND COALESCE(called_at, queued_at) <= COALESCE(started_at, called_at, queued_at)
                 AND COALESCE(started_at, called_at, queued_at) <= COALESCE(finished_at, 'infinity'))) AS disordered,
              (SELECT count(*)::int FROM tickets WHERE day >= '2026-11-24') AS today,
              (SELECT count(*)::int FROM tickets) AS tickets,
              (SELECT count(*)::int FROM counters c JOIN buildings b ON b.id = c.building_id JOIN agencies g ON g.id = c.agency_id
                WHERE b.code = 'CSA-TOL' AND g.acronym = 'IFREM') AS ifrem_counters,
              (SELECT string_agg(u.username || ':' || u.role || ':' || b.code, ',' ORDER BY u.username) FROM users u
                 JOIN user_buildings ub ON ub.user_id = u.id JOIN buildings b ON b.id = ub.building_id WHERE u.role IN ('clerk','reception','kiosk')) AS staff`,
    );
    expect(lines).toMatchObject({ buildings: 11, stray_counters: 0, gaps: 0, disordered: 0, today: 0 });
    expect(lines.tickets).toBeGreaterThan(10_000);
    expect(lines.ifrem_counters).toBeGreaterThanOrEqual(1);
    expect(lines.staff).toBe('kiosco.toluca:kiosk:CSA-TOL,recepcion.toluca:reception:CSA-TOL,ventanilla.ifrem:clerk:CSA-TOL');
    expect(await ensureAdmin(one, 'primer.admin', 'una-contraseña-segura')).toBe(true);
    expect(await ensureAdmin(one, 'Primer.Admin', 'otra-contraseña-segura')).toBe(false);
  }, 180_000);
});
