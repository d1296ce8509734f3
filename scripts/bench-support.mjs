// What the bench:* scripts share: a dedicated database holding the demo data, and the compiled API
// started on it, logged in as the demo administrator.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const { Client } = require('pg');

/** The compiled API to measure: `dir` (as given), or dist/, built first when stale. */
export function compiledApi(dir) {
  if (!dir) buildIfNeeded();
  return resolve(root, dir ?? 'dist');
}

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

/**
 * Recreates the database of `url` with the migrations and the demo data at `scale`, unless `reuse`
 * is set and it already holds that scale (a comment on the database, written once the seed has
 * finished, says so: an interrupted seed is never reused). Answers whether it was created, so that
 * a script adds its own data.
 */
export async function prepareDemoDatabase({ url, dist, reuse, scale = 1, log = console.log }) {
  const dbName = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!dbName || dbName === 'postgres') throw new Error(`A benchmark needs a database of its own (it is dropped and recreated): ${url}`);
  const marker = `csa bench scale=${scale}`;
  const onServer = async (fn) => {
    const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
    await admin.connect();
    try {
      return await fn(admin);
    } finally {
      await admin.end();
    }
  };
  const comment = await onServer(async (admin) =>
    (await admin.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [dbName])).rows[0]?.comment);
  if (reuse && comment === marker) {
    log(`--reuse: database ${dbName} already holds the demo at scale ${scale}`);
    return false;
  }
  log(`recreating database ${dbName}`);
  await onServer(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(dbName)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoteIdent(dbName)}`);
  });
  const { createDataSource } = require(join(dist, 'src/database/data-source.js'));
  const { runMigrations } = require(join(dist, 'src/database/migrate.js'));
  const { seedDemo } = require(join(dist, 'src/demo/seed-demo.js'));
  const ds = createDataSource(url, 4);
  await ds.initialize();
  try {
    log(`migrations applied: ${(await runMigrations(ds)).join(', ') || 'none'}`);
    const started = performance.now();
    log(`seeding the demo data at scale ${scale}…`);
    await seedDemo(ds, { scale });
    log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s; VACUUM ANALYZE…`);
    await ds.query('VACUUM ANALYZE');
  } finally {
    await ds.destroy();
  }
  await onServer((admin) => admin.query(`COMMENT ON DATABASE ${quoteIdent(dbName)} IS '${marker}'`));
  return true;
}

/** A TCP port free on the loopback interface right now. */
export const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

/** Starts the API on `url` and logs in: `{ api, auth, stop }` (auth holds the Authorization header). */
export async function startApi({ url, dist }) {
  const port = await freePort();
  const api = `http://127.0.0.1:${port}/api`;
  const server = spawn(process.execPath, [join(dist, 'src/main.js')], {
    env: { ...process.env, DATABASE_URL: url, JWT_SECRET: randomBytes(32).toString('hex'), PORT: String(port), DEMO_DATA: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production',
      // The bench's scratch database belongs to the local superuser; a deployment serves as a least-privileged role.
      ALLOW_PRIVILEGED_DATABASE_ROLE: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => server.kill('SIGTERM');
  try {
    for (let i = 0; i < 240 && !(await fetch(`${api}/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 250));
    const login = await fetch(`${api}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'demo-admin-2026' }) });
    if (!login.ok) throw new Error(`admin login: HTTP ${login.status} ${await login.text()}`);
    const { accessToken } = await login.json();
    return { api, auth: { authorization: `Bearer ${accessToken}` }, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** CPU ticks (utime + stime, USER_HZ = 100 on Linux) a process has used; 0 once it is gone. */
export function procTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** CPU ticks of each PostgreSQL backend serving `database` ("postgres: user db host(port) state"), by pid; not other databases' load. */
export function postgresTicks(database) {
  const ticks = new Map();
  if (!existsSync('/proc/self/stat')) return ticks;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `)) ticks.set(pid, procTicks(pid));
    } catch {
      /* gone */
    }
  }
  return ticks;
}

/**
 * CPU ticks the bench database's backends spent between two postgresTicks snapshots: each backend
 * alive at the end counts from its start (or from its birth); a backend that exited meanwhile took
 * its ticks with it, so the figure can only undercount, never go below zero.
 */
export function postgresTicksBetween(before, after) {
  let sum = 0;
  for (const [pid, ticks] of after) sum += ticks - (before.get(pid) ?? 0);
  return sum;
}
