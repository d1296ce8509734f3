// `npm run bench:queue`: the waiting lines at ten times a day's peak of all 11 CSA.
//
// The load (docs: turnos.md): about 2,000 citizens per CSA per working day, 11 CSA, peaks at up to
// 3× the mean over the buildings' opening hours (09:00–18:00) — about 2 tickets and 2 calls a second
// for the whole network at its peak, so ten times that is about 20 of each a second. On the local
// PostgreSQL, in its own database (csa_bench_queue: the demo at scale 1, recreated each run unless
// --reuse; today's lines are emptied every run), with a kiosk per building and 100 counters, each with
// its own clerk, spread over the buildings' services, it measures:
//   1. issuing: POST /api/tickets by the kiosks of every building, random services and categories,
//      autocannon at 50 connections for 10 s after a 3 s warm-up — req/s, p50, p99: first at ten times
//      the peak (target p99 < 50 ms), then flat out: the most tickets a second (target ≥ ten times the peak);
//   2. calling: 100 clerks, each in a loop call-next → start → serve → finish on its own counter, with
//      enough tickets waiting that no call answers 204; only call-next is timed. First at ten times the
//      peak (each clerk serves for a random time that makes that rate; target p99 < 20 ms), then flat
//      out with no serving time: the most calls a second this machine takes (target ≥ ten times the peak);
//   3. the live screens: 2,000 server-sent-event clients on one API instance (restarted for this part),
//      spread over the 11 buildings' public streams, then a call every 250 ms through the API, one
//      building after another; for each call, the delay from its HTTP response to each client of that
//      building receiving it (target p99 < 1 s), and the API's RSS before and after connecting them.
// Prints the figures and met/MISSED per target; a missed target leaves the exit code at 0, only a
// broken run (an error answer, a 204, a lost event, a server that does not start) exits with 1.
// Figures: bench-results/queue-latest.json; the API's log: bench-results/queue-api.log.
//
// Options:
//   --duration N     seconds measured in parts 1 and 2 (60)   --warmup N    seconds of warm-up (3)
//   --connections N  autocannon connections, part 1 (50)      --clerks N    clerks calling, part 2 (100)
//   --clients N      SSE clients, part 3 (2000)                --calls N     calls made in part 3 (22: two per building)
//   --interval N     ms between those calls (250)              --pool N      the API's DB pool (10, its default)
//   --rate N         calls a second of part 2's timed run (ten times the peak)
//   --issue-rate N   tickets a second of part 1's timed run (ten times the peak)
//   --reuse          keep the database if it holds the demo    --only=issue|call|stream   run one part
// Environment: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/csa_bench_queue);
//              BENCH_DIST (compiled API folder, default dist/, built if stale);
//              BENCH_NODE_ARGS (extra arguments of the API's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof");
//              BENCH_LOG_LEVEL (the API's LOG_LEVEL, warn; debug logs every request with its time).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { compiledApi, freePort, postgresTicks, postgresTicksBetween, prepareDemoDatabase, procTicks } from './bench-support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const require = createRequire(import.meta.url);
const { Client } = require('pg');
const argon2 = require('argon2');

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    clerks: { type: 'string', default: '100' },
    clients: { type: 'string', default: '2000' },
    calls: { type: 'string', default: '22' },
    interval: { type: 'string', default: '250' },
    pool: { type: 'string', default: '10' },
    rate: { type: 'string' },
    'issue-rate': { type: 'string' },
    reuse: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const DURATION = Number(opts.duration);
const WARMUP = Number(opts.warmup);
const CONNECTIONS = Number(opts.connections);
const CLERKS = Number(opts.clerks);
const CLIENTS = Number(opts.clients);
const CALLS = Number(opts.calls);
const INTERVAL = Number(opts.interval);
const POOL = Number(opts.pool);
const RATE = opts.rate ? Number(opts.rate) : undefined;
const ISSUE_RATE = opts['issue-rate'] ? Number(opts['issue-rate']) : undefined;
const runs = (part) => !opts.only || opts.only === part;

// The load of turnos.md, ten times over.
const LOAD = { perCsaPerDay: 2000, csa: 11, peakFactor: 3, times: 10 };
const TARGETS = { issueP99: 50, callP99: 20, deliveryP99: 1000 };
const PASSWORD = 'bench-queue-2026';
const TZ = 'America/Mexico_City';
const TODAY = `(now() AT TIME ZONE '${TZ}')::date`;

const DB_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/csa_bench_queue';
const BENCH_DB = decodeURIComponent(new URL(DB_URL).pathname.slice(1));
const RESULTS_DIR = join(root, 'bench-results');
const dist = compiledApi(process.env.BENCH_DIST);

const log = (...args) => console.log('[bench:queue]', ...args);
class BenchError extends Error {}
const fail = (message) => {
  throw new BenchError(message);
};
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const fmt = (n, digits = 1) => (n === undefined || n === null || Number.isNaN(n) ? '—' : Number.isFinite(n) ? Number(n).toFixed(digits) : '∞');
const verdict = (ok) => (ok ? 'met   ' : 'MISSED');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Percentiles of raw samples (nearest rank). */
function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => (s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] : NaN);
  const finite = s.filter(Number.isFinite);
  return { count: s.length, min: s[0], p50: at(0.5), p90: at(0.9), p99: at(0.99), max: s.at(-1), mean: finite.reduce((a, b) => a + b, 0) / finite.length };
}

// ---------------------------------------------------------------------------------------------
// CPU accounting (procTicks and postgresTicks from bench-support.mjs): the API process, the PostgreSQL backends of the bench database,
// this process (the load generator), and anything else on the machine.
// ---------------------------------------------------------------------------------------------

const TICK = 100; // USER_HZ on Linux
function machineTicks() {
  try {
    const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    return f.reduce((a, b) => a + b, 0) - f[3] - f[4] - (f[7] ?? 0);
  } catch {
    return 0;
  }
}
const cpuSnapshot = (pid) => ({ at: process.hrtime.bigint(), api: procTicks(pid), postgres: postgresTicks(BENCH_DB), bench: process.cpuUsage(), machine: machineTicks() });
function cpuUsed(before, after, requests) {
  const seconds = Number(after.at - before.at) / 1e9;
  const b = process.cpuUsage(before.bench);
  const cores = {
    api: (after.api - before.api) / TICK / seconds,
    postgres: postgresTicksBetween(before.postgres, after.postgres) / TICK / seconds,
    bench: (b.user + b.system) / 1e6 / seconds,
    machine: (after.machine - before.machine) / TICK / seconds,
  };
  cores.other = Math.max(0, cores.machine - cores.api - cores.postgres - cores.bench);
  const perRequest = (c) => (requests ? (1000 * c * seconds) / requests : undefined);
  return { cores, msPerRequest: { api: perRequest(cores.api), postgres: perRequest(cores.postgres) } };
}
/** Resident memory of a process, in KB. */
const rssKb = (pid) => Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);

// ---------------------------------------------------------------------------------------------
// The API and a light HTTP client (node:http, kept-alive sockets: fetch costs this process more CPU,
// which the API would then miss on 2 cores).
// ---------------------------------------------------------------------------------------------

const children = new Set();
const JWT_SECRET = randomBytes(32).toString('hex'); // shared by restarts, so that tokens stay valid

async function startApi() {
  const port = await freePort();
  const logFile = join(RESULTS_DIR, 'queue-api.log');
  const out = openSync(logFile, 'a');
  const env = { ...process.env };
  for (const k of ['ADMIN_USERNAME', 'ADMIN_PASSWORD', 'CORS_ORIGIN', 'DATA_DIR', 'JWT_EXPIRES_IN']) delete env[k];
  Object.assign(env, {
    DATABASE_URL: DB_URL, JWT_SECRET, PORT: String(port), DEMO_DATA: 'false', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn', NODE_ENV: 'production',
    LOGIN_MAX_ATTEMPTS: '1000', DB_POOL_SIZE: String(POOL),
    ALLOW_PRIVILEGED_DATABASE_ROLE: 'true', // a scratch database of the local superuser
  });
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean); // e.g. --cpu-prof --cpu-prof-dir=bench-results/profiles
  const child = spawn(process.execPath, [...nodeArgs, join(dist, 'src/main.js')], { cwd: root, env, stdio: ['ignore', out, out] });
  children.add(child);
  child.exitInfo = null;
  child.exited = new Promise((res) => child.once('exit', (code, signal) => {
    children.delete(child);
    child.exitInfo = { code, signal };
    res(child.exitInfo);
  }));
  const base = `http://127.0.0.1:${port}/api`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitInfo) fail(`the API exited during start-up (${JSON.stringify(child.exitInfo)}); see bench-results/queue-api.log`);
    if (Date.now() > deadline) fail('the API did not answer /api/health within 90 s; see bench-results/queue-api.log');
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    await sleep(200);
  }
  return { child, pid: child.pid, base, port };
}

async function stopChild(child) {
  if (!child || child.exitInfo) return;
  child.kill('SIGTERM');
  if ((await Promise.race([child.exited, sleep(10_000).then(() => 'timeout')])) === 'timeout') {
    child.kill('SIGKILL');
    await child.exited;
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });
function request(base, method, path, { token, body } = {}) {
  const url = new URL(base + path);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  return new Promise((done, error) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => done({ status: res.statusCode, text, json: () => JSON.parse(text) }));
      res.on('error', error);
    });
    req.on('error', error);
    req.end(payload);
  });
}
async function expectOk(what, promise, ok = [200, 201]) {
  const res = await promise;
  if (!ok.includes(res.status)) fail(`${what}: HTTP ${res.status} ${res.text.slice(0, 400)}`);
  return res.status === 204 ? undefined : res.json();
}

/** Logs users in a few at a time (argon2 is the API's work): username → token. */
async function loginAll(base, usernames) {
  const tokens = new Map();
  let next = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < usernames.length) {
      const username = usernames[next++];
      const { accessToken } = await expectOk(`login ${username}`, request(base, 'POST', '/auth/login', { body: { username, password: PASSWORD } }));
      tokens.set(username, accessToken);
    }
  }));
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Data: the demo, then a kiosk per building and the counters with their clerks; today's lines empty.
// ---------------------------------------------------------------------------------------------

async function setUp(db) {
  const started = performance.now();
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  await db.query('BEGIN');
  // What an earlier run left: today's tickets, events and numbers, the bench's users, signed-in clerks.
  await db.query(`DELETE FROM queue_events WHERE at >= (${TODAY})::timestamp AT TIME ZONE '${TZ}'`);
  await db.query(`DELETE FROM tickets WHERE day = ${TODAY}`);
  await db.query(`DELETE FROM queue_days WHERE day = ${TODAY}`);
  await db.query(`DELETE FROM users WHERE username LIKE 'bench.%'`);
  await db.query(`UPDATE counters SET clerk_id = NULL, signed_in_at = NULL, paused_reason = NULL, paused_at = NULL`);
  // Every service gives numbers all day long and more than a day's worth.
  await db.query(`UPDATE queue_services SET daily_cap = 9999, opens_at = NULL, closes_at = NULL, active = true`);
  // A module with two workstations is two windows: a second counter on each such space its agency holds today.
  await db.query(
    `WITH held AS (
       SELECT x.building_id, a.agency_id, s.id AS space_id, s.code
         FROM agreement_spaces x JOIN agreements a ON a.id = x.agreement_id JOIN spaces s ON s.id = x.space_id
        WHERE x.blocking AND x.period @> ${TODAY} AND a.status = 'active' AND s.type = 'service_module' AND s.workstations >= 2),
     c AS (
       INSERT INTO counters (building_id, space_id, agency_id, label)
       SELECT building_id, space_id, agency_id, 'Módulo ' || code || ' (2)' FROM held
       ON CONFLICT (building_id, label) DO NOTHING
       RETURNING id, building_id, agency_id)
     INSERT INTO counter_services (counter_id, service_id, position)
     SELECT c.id, qs.id, 0 FROM c JOIN queue_services qs ON qs.building_id = c.building_id AND qs.agency_id = c.agency_id`,
  );
  // The counters that will call: one per service in turn, then a second per service, … (active, held today).
  const counters = (await db.query(
    `WITH eligible AS (
       SELECT c.id, c.building_id AS "buildingId", b.code AS "buildingCode", c.agency_id AS "agencyId", c.label,
              min(cs.service_id::text) AS "firstService", count(cs.service_id)::int AS services
         FROM counters c JOIN buildings b ON b.id = c.building_id JOIN counter_services cs ON cs.counter_id = c.id
        WHERE c.active AND EXISTS (SELECT 1 FROM agreement_spaces x JOIN agreements a ON a.id = x.agreement_id
                                    WHERE x.space_id = c.space_id AND x.blocking AND x.period @> ${TODAY} AND a.status = 'active' AND a.agency_id = c.agency_id)
        GROUP BY c.id, b.code)
     SELECT *, row_number() OVER (PARTITION BY "firstService" ORDER BY label, id) AS turn FROM eligible
      ORDER BY turn, "buildingCode", label, id LIMIT $1`,
    [CLERKS],
  )).rows;
  if (counters.length < CLERKS) fail(`only ${counters.length} counters stand on spaces their agency holds today; ${CLERKS} are needed`);
  const buildings = (await db.query(`SELECT id, code FROM buildings WHERE active ORDER BY code`)).rows;
  // A kiosk per building; a clerk per calling counter (its agency, its building).
  const kiosks = (await db.query(
    `WITH u AS (
       INSERT INTO users (username, full_name, password_hash, role)
       SELECT 'bench.kiosk.' || lower(b.code), 'Kiosco de banco de pruebas ' || b.code, $2, 'kiosk' FROM buildings b WHERE b.id = ANY($1::uuid[])
       RETURNING id, username)
     SELECT u.id, u.username, b.id AS "buildingId" FROM u JOIN buildings b ON 'bench.kiosk.' || lower(b.code) = u.username`,
    [buildings.map((b) => b.id), hash],
  )).rows;
  await db.query(`INSERT INTO user_buildings (user_id, building_id) SELECT unnest($1::uuid[]), unnest($2::uuid[])`,
    [kiosks.map((k) => k.id), kiosks.map((k) => k.buildingId)]);
  counters.forEach((c, i) => (c.clerk = `bench.clerk.${String(i + 1).padStart(3, '0')}`));
  const clerks = (await db.query(
    `INSERT INTO users (username, full_name, password_hash, role, agency_id)
     SELECT u, 'Ventanilla de banco de pruebas ' || u, $3, 'clerk', a FROM unnest($1::text[], $2::uuid[]) AS t(u, a)
     RETURNING id, username`,
    [counters.map((c) => c.clerk), counters.map((c) => c.agencyId), hash],
  )).rows;
  const clerkId = new Map(clerks.map((u) => [u.username, u.id]));
  await db.query(`INSERT INTO user_buildings (user_id, building_id) SELECT unnest($1::uuid[]), unnest($2::uuid[])`,
    [counters.map((c) => clerkId.get(c.clerk)), counters.map((c) => c.buildingId)]);
  await db.query('COMMIT');
  // The rows an earlier run left are dead: vacuumed, so that the heads of today's lines are not read through them.
  await db.query('VACUUM (ANALYZE) tickets, ticket_visits, queue_days, queue_events, users, user_buildings, counters, counter_services, queue_services');
  const services = (await db.query(`SELECT id, building_id AS "buildingId", prefix FROM queue_services WHERE active ORDER BY building_id, prefix`)).rows;
  const hours = (await db.query(`SELECT avg(extract(epoch FROM closes_at - opens_at))::float / 3600 AS h FROM buildings WHERE active`)).rows[0].h;
  const counts = (await db.query(`SELECT (SELECT count(*)::int FROM buildings) AS buildings, (SELECT count(*)::int FROM queue_services) AS services,
    (SELECT count(*)::int FROM counters) AS counters, (SELECT count(*)::int FROM ticket_visits) AS visits`)).rows[0];
  const servicesCalled = new Set(counters.map((c) => c.firstService)).size;
  log(`set up in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts.buildings} buildings, ${counts.services} services, ${counts.counters} counters ` +
    `(${counters.length} calling, over ${servicesCalled} services), ${kiosks.length} kiosks, ${counts.visits} earlier visits`);
  return { counters, kiosks, buildings, services, hours, counts, servicesCalled };
}

/** Tickets waiting at the calling counters' services, `perCounter` for each counter serving it (SQL, as if issued just now). */
async function issueWaiting(db, counterIds, perCounter, kioskOf) {
  const started = performance.now();
  await db.query('BEGIN');
  // Waits for tickets still being issued through the API (autocannon stops before their answers), so that no number is taken twice.
  await db.query('LOCK TABLE queue_days IN SHARE ROW EXCLUSIVE MODE');
  await db.query(
    `CREATE TEMP TABLE bench_waiting ON COMMIT DROP AS
     WITH need AS (SELECT cs.service_id, count(*) * $2::int AS n FROM counter_services cs WHERE cs.counter_id = ANY($1::uuid[]) GROUP BY 1)
     SELECT gen_random_uuid() AS id, gen_random_uuid() AS visit_id, qs.id AS service_id, qs.building_id, qs.agency_id, qs.prefix,
            COALESCE(qd.last_number, 0) + g AS number,
            CASE WHEN random() < 0.15 THEN 'preferential' ELSE 'general' END AS category,
            now() - make_interval(secs => (need.n - g) * 0.001) AS issued_at
       FROM need JOIN queue_services qs ON qs.id = need.service_id
       LEFT JOIN queue_days qd ON qd.service_id = qs.id AND qd.day = ${TODAY}
       CROSS JOIN LATERAL generate_series(1, need.n) g`,
    [counterIds, perCounter],
  );
  const { rowCount } = await db.query(
    `INSERT INTO tickets (id, building_id, origin_service_id, day, number, code, category, issued_at, issued_by, status_token, current_visit_id)
     SELECT w.id, w.building_id, w.service_id, ${TODAY}, w.number,
            w.prefix || '-' || CASE WHEN w.number < 1000 THEN lpad(w.number::text, 3, '0') ELSE w.number::text END,
            w.category, w.issued_at, k.kiosk, md5(w.id::text || random()::text), w.visit_id
       FROM bench_waiting w JOIN unnest($1::uuid[], $2::uuid[]) AS k(building, kiosk) ON k.building = w.building_id`,
    [[...kioskOf.keys()], [...kioskOf.values()]],
  );
  await db.query(
    `INSERT INTO ticket_visits (id, ticket_id, building_id, service_id, agency_id, category, queued_at)
     SELECT visit_id, id, building_id, service_id, agency_id, category, issued_at FROM bench_waiting`,
  );
  await db.query(
    `INSERT INTO queue_days (service_id, day, last_number) SELECT service_id, ${TODAY}, max(number) FROM bench_waiting GROUP BY 1
     ON CONFLICT (service_id, day) DO UPDATE SET last_number = EXCLUDED.last_number`,
  );
  await db.query('COMMIT');
  await db.query('ANALYZE tickets, ticket_visits, queue_days');
  log(`issued ${rowCount} waiting tickets by SQL in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return rowCount;
}

// ---------------------------------------------------------------------------------------------
// Part 1: issuing
// ---------------------------------------------------------------------------------------------

/**
 * Tickets issued by the kiosks of every building, random services and categories, over CONNECTIONS
 * clients. With `rate`, each client takes a ticket after a random pause (exponential, so that the
 * arrivals together are a Poisson process of `rate` a second, as citizens arrive): the latency at
 * that load. Without it, autocannon sends flat out: the most tickets a second, and the queueing
 * that saturation brings.
 */
async function benchIssue(api, data, kioskTokens, rate) {
  const byBuilding = data.buildings.map((b) => ({
    id: b.id,
    token: kioskTokens.get(`bench.kiosk.${b.code.toLowerCase()}`),
    services: data.services.filter((s) => s.buildingId === b.id).map((s) => s.id),
  })).filter((b) => b.services.length);
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const ticket = () => {
    const b = pick(byBuilding);
    return { token: b.token, body: { buildingId: b.id, serviceId: pick(b.services), category: Math.random() < 0.15 ? 'preferential' : 'general' } };
  };
  const how = rate ? `at ${fmt(rate)} tickets/s` : 'flat out';
  log(`issuing ${how}: ${CONNECTIONS} clients, warm-up ${WARMUP} s, then ${DURATION} s (load ${load()})…`);
  const r = rate ? await issueAtRate(api, ticket, rate) : await issueFlatOut(api, ticket);
  return {
    name: `issue (${byBuilding.length} kiosks, ${CONNECTIONS} conn.) ${rate ? `at ${fmt(rate)}/s` : 'flat out (capacity)'}`,
    requestsPerSecond: r.requests / DURATION,
    ...r,
  };
}

async function issueAtRate(api, ticket, rate) {
  const latencies = [];
  const statusCodes = {};
  const meanPauseMs = (1000 * CONNECTIONS) / rate;
  const from = performance.now() + WARMUP * 1000;
  const until = from + DURATION * 1000;
  let before;
  let loadBefore;
  const starter = setTimeout(() => {
    before = cpuSnapshot(api.pid);
    loadBefore = load();
  }, WARMUP * 1000);
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    for (;;) {
      await sleep(-Math.log(1 - Math.random()) * meanPauseMs);
      const t = performance.now();
      if (t >= until) break;
      const { token, body } = ticket();
      const res = await request(api.base, 'POST', '/tickets', { token, body });
      if (res.status !== 201) fail(`issuing: HTTP ${res.status} ${res.text.slice(0, 300)}`);
      if (t >= from) {
        latencies.push(performance.now() - t);
        statusCodes[res.status] = (statusCodes[res.status] ?? 0) + 1;
      }
    }
  }));
  clearTimeout(starter);
  const s = stats(latencies);
  return {
    latencyMs: { p50: s.p50, p90: s.p90, p99: s.p99, mean: s.mean, max: s.max },
    requests: latencies.length,
    statusCodes,
    cpu: cpuUsed(before, cpuSnapshot(api.pid), latencies.length),
    load: { before: loadBefore, after: load() },
  };
}

async function issueFlatOut(api, ticket) {
  const requests = [{
    method: 'POST',
    path: '/api/tickets',
    setupRequest: (req) => {
      const { token, body } = ticket();
      return { ...req, headers: { ...req.headers, 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) };
    },
  }];
  const cannon = (duration) => autocannon({ url: `http://127.0.0.1:${api.port}`, connections: CONNECTIONS, duration, timeout: 30, requests });
  const check = (what, r) => {
    if (r.errors || r.timeouts || r.non2xx || !r.requests.total) {
      fail(`${what}: status codes ${JSON.stringify(r.statusCodeStats)}, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
    }
  };
  if (WARMUP > 0) check('issuing (warm-up)', await cannon(WARMUP));
  const loadBefore = load();
  const before = cpuSnapshot(api.pid);
  const r = await cannon(DURATION);
  const cpu = cpuUsed(before, cpuSnapshot(api.pid), r.requests.total);
  check('issuing', r);
  return {
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, mean: r.latency.mean, max: r.latency.max },
    requests: r.requests.total,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, v]) => [code, v.count])),
    cpu,
    load: { before: loadBefore, after: load() },
  };
}

// ---------------------------------------------------------------------------------------------
// Part 2: 100 clerks calling
// ---------------------------------------------------------------------------------------------

/**
 * 100 clerks, each in a loop call-next → start → finish; only call-next is timed. With `rate`
 * (calls a second for all of them) each clerk then serves for a random time (exponential, mean
 * clerks/rate s), as a clerk would: the latency at that load. Without it they call back at once:
 * the most calls a second the machine can take, and the queueing that saturation brings.
 */
async function benchCall(api, data, clerkTokens, rate) {
  log(`calling${rate ? ` at ${fmt(rate)} calls/s` : ' flat out'}: ${data.counters.length} clerks; warm-up ${WARMUP} s, then ${DURATION} s (load ${load()})…`);
  const latencies = [];
  let empty = 0;
  let calls = 0;
  let measuredCalls = 0;
  let loops = 0;
  const t0 = performance.now();
  const from = t0 + WARMUP * 1000;
  const until = from + DURATION * 1000;
  const meanServiceMs = rate ? (1000 * data.counters.length) / rate : 0;
  let before;
  let loadBefore;
  const starter = setTimeout(() => {
    before = cpuSnapshot(api.pid);
    loadBefore = load();
  }, WARMUP * 1000);
  await Promise.all(data.counters.map(async (c) => {
    const token = clerkTokens.get(c.clerk);
    await sleep(rate ? Math.random() * meanServiceMs : Math.random() * 20); // not all on the same millisecond
    while (performance.now() < until) {
      const t = performance.now();
      const res = await request(api.base, 'POST', `/counters/${c.id}/call-next`, { token });
      const ms = performance.now() - t;
      calls++;
      if (t >= from && t < until) {
        latencies.push(ms);
        measuredCalls++;
      }
      if (res.status === 204) {
        empty++;
        await sleep(50);
        continue;
      }
      if (res.status !== 200) fail(`call-next at ${c.label}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
      const ticket = res.json();
      await expectOk(`start ${ticket.code}`, request(api.base, 'POST', `/tickets/${ticket.id}/start`, { token }));
      if (rate) await sleep(Math.min(-Math.log(1 - Math.random()) * meanServiceMs, until - performance.now()));
      await expectOk(`finish ${ticket.code}`, request(api.base, 'POST', `/tickets/${ticket.id}/finish`, { token, body: { outcome: 'served' } }));
      loops++;
    }
  }));
  clearTimeout(starter);
  const cpu = before ? cpuUsed(before, cpuSnapshot(api.pid), measuredCalls) : undefined;
  const s = stats(latencies);
  return {
    name: rate
      ? `call-next, ${data.counters.length} clerks at ${fmt(rate)} calls/s`
      : `call-next, ${data.counters.length} clerks flat out (capacity)`,
    requestsPerSecond: measuredCalls / DURATION,
    latencyMs: { p50: s.p50, p90: s.p90, p99: s.p99, mean: s.mean, max: s.max },
    requests: measuredCalls,
    callsInAll: calls,
    loopsInAll: loops,
    empty,
    cpu,
    load: { before: loadBefore, after: load() },
  };
}

async function signInClerks(api, data, clerkTokens) {
  for (const c of data.counters) {
    await expectOk(`sign-in at ${c.label}`, request(api.base, 'POST', `/counters/${c.id}/sign-in`, { token: clerkTokens.get(c.clerk) }));
  }
}

// ---------------------------------------------------------------------------------------------
// Part 3: 2,000 live screens
// ---------------------------------------------------------------------------------------------

/** A server-sent-events reader of one building's public stream: the moment each called code arrived. */
function openStream(port, code) {
  return new Promise((connected, error) => {
    const client = { code, received: new Map(), events: 0, closed: false };
    const req = http.get({ host: '127.0.0.1', port, path: `/api/public/queue/${encodeURIComponent(code)}/stream`, agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) {
        error(new BenchError(`stream ${code}: HTTP ${res.statusCode}`));
        res.resume();
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      let first = true;
      res.on('data', (chunk) => {
        const now = performance.now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (first) {
            first = false;
            connected(client);
          }
          const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
          if (!data) continue;
          client.events++;
          const event = JSON.parse(data);
          if (event.action === 'called' && !client.received.has(event.code)) client.received.set(event.code, now);
        }
      });
      res.on('close', () => (client.closed = true));
    });
    req.on('error', error);
    client.close = () => req.destroy();
  });
}

async function benchStream(api, data, clerkTokens) {
  // The first calling counter of each building makes the calls, one building after another.
  const callers = data.buildings.map((b) => data.counters.find((c) => c.buildingId === b.id)).filter(Boolean);
  for (const c of callers) {
    await expectOk(`sign-in at ${c.label}`, request(api.base, 'POST', `/counters/${c.id}/sign-in`, { token: clerkTokens.get(c.clerk) }));
  }
  // Warm the stream's path, then let the process settle before reading its memory.
  for (const b of data.buildings) await expectOk(`panel ${b.code}`, request(api.base, 'GET', `/public/queue/${b.code}`));
  const warm = await Promise.all(data.buildings.map((b) => openStream(api.port, b.code)));
  warm.forEach((c) => c.close());
  await sleep(2000);
  const rssBefore = rssKb(api.pid);
  log(`streams: API RSS ${(rssBefore / 1024).toFixed(1)} MB; connecting ${CLIENTS} clients over ${data.buildings.length} buildings (load ${load()})…`);
  const clients = [];
  const t = performance.now();
  for (let i = 0; i < CLIENTS; i += 100) {
    const batch = [];
    for (let j = i; j < Math.min(CLIENTS, i + 100); j++) batch.push(openStream(api.port, data.buildings[j % data.buildings.length].code));
    clients.push(...(await Promise.all(batch)));
  }
  const connectMs = performance.now() - t;
  await sleep(2000);
  const rssConnected = rssKb(api.pid);
  log(`streams: ${clients.length} connected in ${(connectMs / 1000).toFixed(1)} s; API RSS ${(rssConnected / 1024).toFixed(1)} MB; ${CALLS} calls every ${INTERVAL} ms…`);

  const before = cpuSnapshot(api.pid);
  const loadBefore = load();
  const calls = [];
  const pending = [];
  const startedAt = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const wait = startedAt + i * INTERVAL - performance.now();
    if (wait > 0) await sleep(wait);
    const counter = callers[i % callers.length];
    const token = clerkTokens.get(counter.clerk);
    const sent = performance.now();
    const res = await request(api.base, 'POST', `/counters/${counter.id}/call-next`, { token });
    const answered = performance.now();
    if (res.status !== 200) fail(`call-next at ${counter.label} (${counter.buildingCode}): HTTP ${res.status} ${res.text.slice(0, 300)}`);
    const ticket = res.json();
    calls.push({ building: counter.buildingCode, code: ticket.code, sent, answered });
    // The clerk serves the citizen meanwhile, so that the counter is free when its turn comes again.
    pending.push((async () => {
      await expectOk(`start ${ticket.code}`, request(api.base, 'POST', `/tickets/${ticket.id}/start`, { token }));
      await expectOk(`finish ${ticket.code}`, request(api.base, 'POST', `/tickets/${ticket.id}/finish`, { token, body: { outcome: 'served' } }));
    })());
  }
  await Promise.all(pending);
  // Every client of the building should have each of its calls; wait up to 5 s for stragglers.
  const expected = calls.reduce((n, call) => n + clients.filter((c) => c.code === call.building).length, 0);
  const arrived = () => calls.reduce((n, call) => n + clients.filter((c) => c.code === call.building && c.received.has(call.code)).length, 0);
  for (const deadline = performance.now() + 5000; arrived() < expected && performance.now() < deadline;) await sleep(100);
  const cpu = cpuUsed(before, cpuSnapshot(api.pid), expected);
  const rssAfter = rssKb(api.pid);
  const delays = [];
  let lost = 0;
  let early = 0;
  for (const call of calls) {
    for (const c of clients) {
      if (c.code !== call.building) continue;
      const at = c.received.get(call.code);
      if (at === undefined) {
        lost++;
        delays.push(Infinity);
        continue;
      }
      if (at < call.answered) early++;
      delays.push(at - call.answered);
    }
  }
  const closed = clients.filter((c) => c.closed).length;
  clients.forEach((c) => c.close());
  const s = stats(delays);
  const callMs = stats(calls.map((c) => c.answered - c.sent));
  return {
    name: `SSE delivery (${clients.length} clients, ${calls.length} calls every ${INTERVAL} ms)`,
    clients: clients.length,
    calls: calls.length,
    deliveries: delays.length,
    expected,
    lost,
    closedDuringRun: closed,
    earlierThanResponse: early,
    latencyMs: { p50: s.p50, p90: s.p90, p99: s.p99, min: s.min, mean: s.mean, max: s.max },
    callLatencyMs: { p50: callMs.p50, max: callMs.max },
    connectSeconds: connectMs / 1000,
    rssKb: { before: rssBefore, connected: rssConnected, afterCalls: rssAfter },
    kbPerClient: (rssConnected - rssBefore) / clients.length,
    cpu,
    load: { before: loadBefore, after: load() },
  };
}

// ---------------------------------------------------------------------------------------------

function table(rows) {
  const head = ['measure', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'samples', 'API CPU ms/req', 'PG CPU ms/req', 'other procs (cores)'];
  const body = rows.map((r) => [r.name, fmt(r.requestsPerSecond), fmt(r.latencyMs.p50), fmt(r.latencyMs.p99), fmt(r.latencyMs.max), String(r.requests ?? r.deliveries),
    fmt(r.cpu?.msPerRequest.api, 2), fmt(r.cpu?.msPerRequest.postgres, 2), fmt(r.cpu?.cores.other, 2)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main() {
  const wall = performance.now();
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'queue-api.log'), '');
  await prepareDemoDatabase({ url: DB_URL, dist, reuse: opts.reuse, log });
  const db = new Client({ connectionString: DB_URL });
  await db.connect();
  let api;
  try {
    const data = await setUp(db);
    const peakPerSecond = (LOAD.perCsaPerDay * LOAD.peakFactor * LOAD.csa) / (data.hours * 3600);
    const needed = peakPerSecond * LOAD.times;
    log(`load: ${LOAD.perCsaPerDay} citizens per CSA per day over ${fmt(data.hours)} h × ${LOAD.peakFactor} at the peak × ${LOAD.csa} CSA = ` +
      `${fmt(peakPerSecond, 2)} tickets (and calls) per second; ×${LOAD.times} = ${fmt(needed)} per second`);

    api = await startApi();
    log(`API on ${api.base} (pid ${api.pid}, DB pool ${POOL}); logging in ${data.kiosks.length} kiosks and ${data.counters.length} clerks…`);
    const kioskTokens = await loginAll(api.base, data.kiosks.map((k) => k.username));
    const clerkTokens = await loginAll(api.base, data.counters.map((c) => c.clerk));

    const results = {};
    if (runs('issue')) {
      results.issue = await benchIssue(api, data, kioskTokens, ISSUE_RATE ?? needed);
      results.issueCapacity = await benchIssue(api, data, kioskTokens);
    }
    if (runs('call') || runs('stream')) {
      // Enough waiting for the fastest loop imaginable here (well above 1,000 calls/s for the whole run), plus part 3's calls.
      const perCounter = Math.ceil(((WARMUP + DURATION) * 1500) / data.counters.length) + CALLS;
      await issueWaiting(db, data.counters.map((c) => c.id), perCounter, new Map(data.kiosks.map((k) => [k.buildingId, k.id])));
    }
    if (runs('call')) {
      await signInClerks(api, data, clerkTokens);
      results.call = await benchCall(api, data, clerkTokens, RATE ?? needed);
      results.capacity = await benchCall(api, data, clerkTokens);
      for (const r of [results.call, results.capacity]) {
        if (r.empty) fail(`call-next answered 204 (no one waiting) ${r.empty} times: the run needs more waiting tickets`);
      }
    }
    if (runs('stream')) {
      // A fresh instance, so that its memory is the clients' and not the earlier parts' garbage.
      await stopChild(api.child);
      api = await startApi();
      log(`API restarted for the streams (pid ${api.pid})`);
      results.stream = await benchStream(api, data, clerkTokens);
      if (results.stream.lost) fail(`${results.stream.lost} of ${results.stream.expected} deliveries never arrived`);
    }
    await stopChild(api.child);

    const checks = [];
    const { issue, issueCapacity, call, capacity, stream } = results;
    if (issue) {
      checks.push({ what: `issuing p99 < ${TARGETS.issueP99} ms`, value: `${fmt(issue.latencyMs.p99)} ms`, met: issue.latencyMs.p99 < TARGETS.issueP99 });
      checks.push({
        what: `issuing flat out ≥ 10× the peak (${fmt(needed)} tickets/s)`, value: `${fmt(issueCapacity.requestsPerSecond)} /s`,
        met: issueCapacity.requestsPerSecond >= needed,
      });
    }
    if (call) {
      checks.push({ what: `call-next p99 < ${TARGETS.callP99} ms`, value: `${fmt(call.latencyMs.p99)} ms`, met: call.latencyMs.p99 < TARGETS.callP99 });
    }
    if (capacity) {
      checks.push({ what: `calls flat out ≥ 10× the peak (${fmt(needed)} calls/s)`, value: `${fmt(capacity.requestsPerSecond)} /s`, met: capacity.requestsPerSecond >= needed });
    }
    if (stream) {
      checks.push({ what: `SSE delivery p99 < ${TARGETS.deliveryP99} ms`, value: `${fmt(stream.latencyMs.p99)} ms`, met: stream.latencyMs.p99 < TARGETS.deliveryP99 });
    }

    const cpus = os.cpus();
    const { rows: [{ server_version: postgres }] } = await db.query('SHOW server_version');
    console.log('');
    console.log(`Waiting lines at ten times a day's peak of all ${LOAD.csa} CSA (${fmt(needed)} tickets/s and calls/s): ${data.counts.buildings} buildings, ` +
      `${data.services.length} services, ${data.kiosks.length} kiosks, ${data.counters.length} calling counters over ${data.servicesCalled} services, ` +
      `${data.counts.visits} earlier visits (30 days of demo history)`);
    console.log(`Parts 1–2: ${DURATION} s measured after ${WARMUP} s warm-up; part 3: ${CLIENTS} SSE clients on one API instance; API DB pool ${POOL}; ` +
      `PostgreSQL ${postgres}, Node ${process.version}`);
    console.log(`NOTE: ${cpus.length} CPU cores (${cpus[0]?.model ?? 'unknown'}) shared by the load generator (this process), the API and PostgreSQL; ` +
      'CPU ms/req = CPU time of the API process / of the PostgreSQL backends of the bench database per measured request (per delivery in part 3); ' +
      '"other procs" = cores used by anything else on the machine meanwhile (should be ~0).');
    for (const [part, r] of Object.entries(results)) console.log(`      load average (1, 5, 15 min) during ${part}: ${r.load.before} → ${r.load.after}`);
    console.log('');
    const rows = [issue, issueCapacity, call, capacity, stream && { ...stream, requestsPerSecond: undefined }].filter(Boolean);
    console.log(table(rows));
    for (const r of [issue, issueCapacity].filter(Boolean)) {
      console.log(`${r.name}: ${r.requests} tickets in ${DURATION} s, status codes ${JSON.stringify(r.statusCodes)}; p90 ${fmt(r.latencyMs.p90)} ms, mean ${fmt(r.latencyMs.mean)} ms.`);
    }
    for (const r of [call, capacity].filter(Boolean)) {
      console.log(`${r.name}: ${r.requests} calls measured (${r.callsInAll} in all, ${r.loopsInAll} full loops, ${r.empty} answered 204); ` +
        `p90 ${fmt(r.latencyMs.p90)} ms, mean ${fmt(r.latencyMs.mean)} ms.`);
    }
    if (stream) {
      console.log(`Streams: ${stream.clients} clients connected in ${fmt(stream.connectSeconds)} s; ${stream.deliveries} deliveries of ${stream.calls} calls ` +
        `(${stream.lost} lost, ${stream.earlierThanResponse} arrived before the call's own response, min ${fmt(stream.latencyMs.min)} ms, p90 ${fmt(stream.latencyMs.p90)} ms); ` +
        `the calls themselves answered in ${fmt(stream.callLatencyMs.p50)} ms (p50), ${fmt(stream.callLatencyMs.max)} ms (max).`);
      console.log(`API memory (RSS): ${fmt(stream.rssKb.before / 1024)} MB before the clients, ${fmt(stream.rssKb.connected / 1024)} MB with ${stream.clients} connected, ` +
        `${fmt(stream.rssKb.afterCalls / 1024)} MB after the calls → ${fmt(stream.kbPerClient)} KB per client.`);
    }
    const noisy = rows.filter((r) => (r.cpu?.cores.other ?? 0) > 0.25);
    if (noisy.length) {
      console.log(`WARNING: other processes used CPU during ${noisy.map((r) => `${r.name} (${fmt(r.cpu.cores.other, 2)} cores)`).join(', ')}: those figures are depressed.`);
    }
    console.log('');
    for (const c of checks) console.log(`  ${verdict(c.met)}  ${c.what}: ${c.value}`);
    console.log(checks.every((c) => c.met) ? 'All targets met.' : 'Targets MISSED (see above).');
    const wallSeconds = (performance.now() - wall) / 1000;
    console.log(`Wall time: ${fmt(wallSeconds)} s`);

    writeFileSync(join(RESULTS_DIR, 'queue-latest.json'), `${JSON.stringify({
      date: new Date().toISOString(),
      machine: { cpus: cpus.length, cpuModel: cpus[0]?.model, node: process.version, postgres, sharedCores: true },
      settings: { durationSeconds: DURATION, warmupSeconds: WARMUP, connections: CONNECTIONS, clerks: CLERKS, clients: CLIENTS, calls: CALLS, intervalMs: INTERVAL, poolSize: POOL },
      load: { ...LOAD, openHours: data.hours, peakPerSecond, neededPerSecond: needed },
      data: { ...data.counts, kiosks: data.kiosks.length, callingCounters: data.counters.length, servicesCalled: data.servicesCalled },
      results,
      targets: { ...TARGETS, checks, allMet: checks.every((c) => c.met) },
      wallSeconds,
    }, null, 2)}\n`);
    console.log('Figures written to bench-results/queue-latest.json');
  } finally {
    await db.end();
  }
}

async function cleanup() {
  await Promise.all([...children].map(stopChild));
}
process.on('SIGINT', () => {
  cleanup().finally(() => process.exit(130));
});

try {
  await main();
  await cleanup();
  process.exit(0);
} catch (error) {
  console.error(`\n[bench:queue] FAILED: ${error instanceof BenchError ? error.message : error?.stack ?? error}`);
  await cleanup();
  process.exit(1);
}
