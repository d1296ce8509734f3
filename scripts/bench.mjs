// `npm run bench`: performance benchmark of the API against its floor.
//
// Seeds the demo data at 13× scale (≈5,200 spaces, ≈19,600 agreements) in a dedicated PostgreSQL
// database, starts the API (node dist/src/main.js) and a bare node:http + pg "floor" server
// (bench/floor-server.mjs) answering the same agreements list with the same SQL, then measures with
// autocannon (50 connections): the agreements list filtered by building and status, sorted by start
// date, with its total (API and floor), and the free-spaces search (API). Prints req/s and p50/p99
// latency, the API ÷ floor ratio and whether the targets are met (≥ 0.6× the floor, p99 < 100 ms).
// It is a measurement, not a test: a missed target is printed as MISSED but the exit code stays 0;
// only a broken run (non-200 responses, a server that does not start) exits with 1.
//
// Options:
//   --duration N     seconds measured per target (10)      --warmup N   seconds of warm-up per target (3)
//   --connections N  autocannon connections (50)           --pool N     DB pool size of API and floor (10)
//   --scale N        demo data scale (13)                  --reuse      keep the database if it holds that scale
//   --profile        CPU-profile the API during each measured API run (bench-results/profiles/; slows it down)
//   --build          rebuild dist/ even when it looks up to date
//   --api-require F  preload module F into the API process (to try a fix without touching src/), repeatable
// Environment: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/csa_bench).
import { execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { compiledApi, freePort, postgresTicks, postgresTicksBetween, prepareDemoDatabase, procTicks } from './bench-support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    pool: { type: 'string', default: '10' },
    scale: { type: 'string', default: '13' },
    reuse: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    'api-require': { type: 'string', multiple: true, default: [] },
  },
});
const DURATION = Number(opts.duration);
const WARMUP = Number(opts.warmup);
const CONNECTIONS = Number(opts.connections);
const POOL = Number(opts.pool);
const SCALE = Number(opts.scale);
const TARGET_RATIO = 0.6;
const TARGET_P99_MS = 100;
const DB_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/csa_bench';
const BENCH_DB = decodeURIComponent(new URL(DB_URL).pathname.slice(1));
const RESULTS_DIR = join(root, 'bench-results');
const PROFILE_DIR = join(RESULTS_DIR, 'profiles');

const children = new Set();
const log = (...args) => console.log('[bench]', ...args);

class BenchError extends Error {}
const fail = (message) => {
  throw new BenchError(message);
};

// ---------------------------------------------------------------------------------------------
// 2. Database
// ---------------------------------------------------------------------------------------------

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function describeDatabase() {
  return withClient(DB_URL, async (c) => {
    const one = async (sql, params) => (await c.query(sql, params)).rows[0];
    const counts = await one(`SELECT (SELECT count(*) FROM buildings)::int AS buildings, (SELECT count(*) FROM spaces)::int AS spaces,
      (SELECT count(*) FROM agencies)::int AS agencies, (SELECT count(*) FROM agreements)::int AS agreements,
      (SELECT count(*) FROM agreement_spaces)::int AS "agreementSpaces"`);
    const building = await one(`SELECT b.id, b.code, count(*)::int AS agreements, count(*) FILTER (WHERE a.status = 'active')::int AS active
      FROM agreements a JOIN buildings b ON b.id = a.building_id GROUP BY b.id, b.code ORDER BY count(*) DESC, b.code LIMIT 1`);
    const { server_version: version } = await one('SHOW server_version');
    return { counts, building, postgres: version };
  });
}

// ---------------------------------------------------------------------------------------------
// 3–4. Servers
// ---------------------------------------------------------------------------------------------

function track(child, name) {
  children.add(child);
  child.exitInfo = null;
  child.exited = new Promise((res) => child.once('exit', (code, signal) => {
    children.delete(child);
    child.exitInfo = { code, signal };
    res(child.exitInfo);
  }));
  child.benchName = name;
  return child;
}

const tail = (file, lines = 30) => (existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '');

async function startApi(port) {
  const logFile = join(RESULTS_DIR, 'api.log');
  const out = openSync(logFile, 'w');
  const env = { ...process.env };
  for (const k of ['ADMIN_USERNAME', 'ADMIN_PASSWORD', 'CORS_ORIGIN', 'DATA_DIR', 'JWT_EXPIRES_IN']) delete env[k];
  Object.assign(env, {
    DATABASE_URL: DB_URL,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    LOGIN_MAX_ATTEMPTS: '1000',
    ALLOW_PRIVILEGED_DATABASE_ROLE: 'true', // a scratch database of the local superuser
    DB_POOL_SIZE: String(POOL),
  });
  if (opts.profile) env.BENCH_PROFILE_DIR = PROFILE_DIR;
  const args = [
    ...(opts.profile ? ['--require', join(root, 'bench/cpu-profile.cjs')] : []),
    ...opts['api-require'].flatMap((f) => ['--require', resolve(f)]),
    'dist/src/main.js',
  ];
  const child = track(spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', out, out] }), 'API');
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitInfo) fail(`the API exited during start-up (${JSON.stringify(child.exitInfo)}):\n${tail(logFile)}`);
    if (Date.now() > deadline) fail(`the API did not answer /api/health within 90 s:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, base, logFile };
}

async function login(base) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'demo-admin-2026' }),
  });
  if (res.status !== 200) fail(`admin login failed: ${res.status} ${await res.text()}`);
  const { accessToken } = await res.json();
  if (!accessToken) fail('admin login answered no accessToken');
  return accessToken;
}

async function startFloor(port, buildingId) {
  const logFile = join(RESULTS_DIR, 'floor.log');
  const err = openSync(logFile, 'w');
  const child = track(
    spawn(process.execPath, [join(root, 'bench/floor-server.mjs')], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: DB_URL, PORT: String(port), POOL_SIZE: String(POOL), BUILDING_ID: buildingId },
      stdio: ['ignore', 'pipe', err],
    }),
    'floor',
  );
  const ready = await new Promise((res, rej) => {
    let buffer = '';
    const timer = setTimeout(() => rej(new BenchError(`the floor server did not start within 30 s:\n${tail(logFile)}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const nl = buffer.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        try {
          res(JSON.parse(buffer.slice(0, nl)));
        } catch (e) {
          rej(e);
        }
      }
    });
    child.exited.then((info) => rej(new BenchError(`the floor server exited (${JSON.stringify(info)}):\n${tail(logFile)}`)));
  });
  child.stdout.resume();
  return { child, base: `http://127.0.0.1:${ready.port}`, statements: { page: ready.page } };
}

async function stopChild(child) {
  if (!child || child.exitInfo) return;
  child.kill('SIGTERM');
  const timeout = new Promise((r) => setTimeout(() => r('timeout'), 10_000));
  if ((await Promise.race([child.exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await child.exited;
  }
}

// ---------------------------------------------------------------------------------------------
// CPU accounting: how much of the 2 cores each party used during a measured run
// ---------------------------------------------------------------------------------------------

const TICK = 100; // USER_HZ on Linux
function machineTicks() {
  try {
    const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const idle = f[3] + f[4];
    return { busy: f.reduce((a, b) => a + b, 0) - idle - (f[7] ?? 0), steal: f[7] ?? 0 };
  } catch {
    return { busy: 0, steal: 0 };
  }
}
function cpuSnapshot(serverPid) {
  return { at: process.hrtime.bigint(), server: procTicks(serverPid), postgres: postgresTicks(BENCH_DB), bench: process.cpuUsage(), machine: machineTicks() };
}
function cpuUsed(before, after) {
  const seconds = Number(after.at - before.at) / 1e9;
  const bench = process.cpuUsage(before.bench);
  return {
    server: (after.server - before.server) / TICK / seconds,
    postgres: postgresTicksBetween(before.postgres, after.postgres) / TICK / seconds,
    autocannon: (bench.user + bench.system) / 1e6 / seconds,
    machine: (after.machine.busy - before.machine.busy) / TICK / seconds,
    steal: (after.machine.steal - before.machine.steal) / TICK / seconds,
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Measurements
// ---------------------------------------------------------------------------------------------

function runCannon(url, headers, duration) {
  return autocannon({ url, headers, connections: CONNECTIONS, duration, timeout: 30 });
}

function checkAllOk(name, result) {
  const codes = Object.keys(result.statusCodeStats ?? {});
  const bad = codes.filter((c) => c !== '200');
  if (result.errors || result.timeouts || result.non2xx || bad.length || result.requests.total === 0) {
    fail(`${name}: not every response was a 200 — status codes ${JSON.stringify(result.statusCodeStats)}, ` +
      `${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${result.requests.total} requests`);
  }
}

async function measure(target, serverPid) {
  const { name, url, headers } = target;
  log(`${name}: warm-up ${WARMUP} s…`);
  if (WARMUP > 0) checkAllOk(`${name} (warm-up)`, await runCannon(url, headers, WARMUP));
  const profiling = opts.profile && target.profile;
  if (profiling) {
    writeFileSync(join(PROFILE_DIR, 'next-label'), target.profile);
    rmSync(join(PROFILE_DIR, `${target.profile}.cpuprofile`), { force: true });
    process.kill(serverPid, 'SIGWINCH');
  }
  log(`${name}: measuring ${DURATION} s with ${CONNECTIONS} connections…`);
  const before = cpuSnapshot(serverPid);
  const result = await runCannon(url, headers, DURATION);
  const cpu = cpuUsed(before, cpuSnapshot(serverPid));
  cpu.other = Math.max(0, cpu.machine - cpu.server - cpu.postgres - cpu.autocannon);
  const perRequest = (cores) => (1000 * cores) / result.requests.average;
  if (profiling) {
    process.kill(serverPid, 'SIGWINCH');
    const file = join(PROFILE_DIR, `${target.profile}.cpuprofile`);
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  }
  checkAllOk(name, result);
  return {
    name,
    url,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, mean: result.latency.mean, max: result.latency.max },
    requests: result.requests.total,
    bytesPerResponse: Math.round(result.throughput.total / result.requests.total),
    cpuCores: cpu,
    cpuMsPerRequest: { server: perRequest(cpu.server), postgres: perRequest(cpu.postgres), autocannon: perRequest(cpu.autocannon) },
    profile: profiling ? join(PROFILE_DIR, `${target.profile}.cpuprofile`) : undefined,
  };
}

// Before measuring, the API and the floor must answer the same thing.
async function checkSameAnswer(apiUrl, token, floorUrl) {
  const [a, f] = await Promise.all([fetch(apiUrl, { headers: { authorization: `Bearer ${token}` } }), fetch(floorUrl)]);
  if (a.status !== 200) fail(`API list answered ${a.status}: ${await a.text()}`);
  if (f.status !== 200) fail(`floor list answered ${f.status}: ${await f.text()}`);
  const [apiRows, floorRows] = [await a.json(), await f.json()];
  const [apiRange, floorRange] = [a.headers.get('content-range'), f.headers.get('content-range')];
  if (apiRange !== floorRange) fail(`Content-Range differs: API «${apiRange}», floor «${floorRange}»`);
  if (JSON.stringify(apiRows) !== JSON.stringify(floorRows)) fail('the API and the floor answer different rows for the same list');
  return { contentRange: apiRange, rows: apiRows.length };
}

// ---------------------------------------------------------------------------------------------
// 6. Report
// ---------------------------------------------------------------------------------------------

const fmt = (n, digits = 1) => (n === undefined || n === null ? '—' : Number(n).toFixed(digits));

function table(results) {
  const head = ['target', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'server CPU ms/req', 'PG CPU ms/req', 'other procs (cores)'];
  const rows = results.map((r) => [r.name, fmt(r.requestsPerSecond), fmt(r.latencyMs.p50), fmt(r.latencyMs.p99), String(r.requests),
    fmt(r.cpuMsPerRequest.server, 2), fmt(r.cpuMsPerRequest.postgres, 2), fmt(r.cpuCores.other, 2)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (opts.profile) mkdirSync(PROFILE_DIR, { recursive: true });
  if (opts.build) execSync('npx nest build', { stdio: 'inherit', cwd: root });
  await prepareDemoDatabase({ url: DB_URL, dist: compiledApi(), reuse: opts.reuse, scale: SCALE, log });

  const api = await startApi(await freePort());
  log(`API listening on ${api.base} (pid ${api.child.pid}, pool ${POOL}); log in bench-results/api.log`);
  const token = await login(api.base);
  // Described after the API started: its start-up expires overdue agreements.
  const db = await describeDatabase();
  const { counts, building } = db;
  log(`data: ${counts.buildings} buildings, ${counts.spaces} spaces, ${counts.agencies} agencies, ${counts.agreements} agreements ` +
    `(${counts.agreementSpaces} agreement–space links); filter building ${building.code}: ${building.agreements} agreements, ${building.active} active`);

  const floor = await startFloor(await freePort(), building.id);
  log(`floor listening on ${floor.base} (pid ${floor.child.pid}, pool ${POOL})`);

  const q = (o) => encodeURIComponent(JSON.stringify(o));
  const listQuery = `filter=${q({ buildingId: building.id, status: 'active' })}&sort=${q(['startDate', 'DESC'])}&range=${q([0, 24])}`;
  const apiList = `${api.base}/api/agreements?${listQuery}`;
  const floorList = `${floor.base}/?${listQuery}`;
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 6, 0));
  const day = (d) => d.toISOString().slice(0, 10);
  const apiFree = `${api.base}/api/buildings/${building.id}/free-spaces?from=${day(from)}&to=${day(to)}&minArea=10`;
  const auth = { authorization: `Bearer ${token}` };

  const same = await checkSameAnswer(apiList, token, floorList);
  log(`API and floor answer the same page: ${same.rows} rows, Content-Range «${same.contentRange}»`);
  const freeRes = await fetch(apiFree, { headers: auth });
  if (freeRes.status !== 200) fail(`free spaces answered ${freeRes.status}: ${await freeRes.text()}`);
  const freeCount = (await freeRes.json()).length;
  log(`free spaces ${day(from)} → ${day(to)}, ≥ 10 m²: ${freeCount} spaces`);

  const results = [];
  results.push(await measure({ name: 'API agreements list', url: apiList, headers: auth, profile: 'api-list' }, api.child.pid));
  results.push(await measure({ name: 'floor agreements list', url: floorList, headers: {} }, floor.child.pid));
  results.push(await measure({ name: 'API free spaces', url: apiFree, headers: auth, profile: 'api-free-spaces' }, api.child.pid));

  const [apiR, floorR, freeR] = results;
  const ratio = apiR.requestsPerSecond / floorR.requestsPerSecond;
  const checks = [
    { what: `API list throughput ≥ ${TARGET_RATIO}× floor`, value: `${fmt(ratio, 2)}×`, met: ratio >= TARGET_RATIO },
    { what: `API list p99 < ${TARGET_P99_MS} ms`, value: `${fmt(apiR.latencyMs.p99)} ms`, met: apiR.latencyMs.p99 < TARGET_P99_MS },
    { what: `API free spaces p99 < ${TARGET_P99_MS} ms`, value: `${fmt(freeR.latencyMs.p99)} ms`, met: freeR.latencyMs.p99 < TARGET_P99_MS },
  ];

  console.log('');
  console.log(`Benchmark — ${counts.spaces} spaces, ${counts.agreements} agreements (scale ${SCALE}); list: building ${building.code}, ` +
    `status active, sorted by startDate DESC, range [0,24] (${same.contentRange}); free spaces: ${day(from)} → ${day(to)}, minArea 10 (${freeCount} rows)`);
  console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION} s per target after ${WARMUP} s warm-up; DB pool ${POOL} (API and floor); ` +
    `PostgreSQL ${db.postgres}, Node ${process.version}`);
  console.log(`NOTE: ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? 'unknown'}) shared by autocannon, the server under test and PostgreSQL; ` +
    'CPU ms/req = CPU time of the server process / of the PostgreSQL backends of the bench database per request during the measured run; ' +
    '"other procs" = cores used by anything else on the machine meanwhile (should be ~0).');
  if (opts['api-require'].length) console.log(`NOTE: the API ran with --require ${opts['api-require'].join(', ')}.`);
  if (opts.profile) console.log('NOTE: --profile was on: the API ran under the CPU profiler, its figures are lower than without it.');
  console.log('');
  console.log(table(results));
  const noisy = results.filter((r) => r.cpuCores.other > 0.25);
  if (noisy.length) {
    console.log(`WARNING: other processes on the machine used CPU during ${noisy.map((r) => `${r.name} (${fmt(r.cpuCores.other, 2)} cores)`).join(', ')}: ` +
      'those figures are depressed and unreliable; run again on a quiet machine.');
  }
  console.log('');
  console.log(`API list ÷ floor: ${fmt(ratio, 2)}×`);
  for (const c of checks) console.log(`  ${c.met ? 'met   ' : 'MISSED'}  ${c.what}: ${c.value}`);
  console.log(checks.every((c) => c.met) ? 'All targets met.' : 'Targets MISSED (see above).');

  const summary = {
    date: now.toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, postgres: db.postgres, sharedCores: true },
    settings: { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP, poolSize: POOL, scale: SCALE, profile: opts.profile },
    data: { ...counts, building: { id: building.id, code: building.code, agreements: building.agreements, active: building.active } },
    list: { contentRange: same.contentRange, rows: same.rows, sql: floor.statements },
    freeSpaces: { from: day(from), to: day(to), minArea: 10, rows: freeCount },
    results,
    ratio,
    targets: { ratio: TARGET_RATIO, p99Ms: TARGET_P99_MS, checks, allMet: checks.every((c) => c.met) },
  };
  writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nFigures written to bench-results/latest.json`);

  await Promise.all([stopChild(api.child), stopChild(floor.child)]);

  if (opts.profile) {
    const { summarise } = await import('../bench/profile-summary.mjs');
    for (const r of results.filter((x) => x.profile)) {
      if (!existsSync(r.profile)) {
        console.log(`(no profile written for ${r.name})`);
        continue;
      }
      const text = summarise(JSON.parse(readFileSync(r.profile, 'utf8')), 20);
      writeFileSync(r.profile.replace(/\.cpuprofile$/, '.txt'), `${text}\n`);
      console.log(`\n=== ${r.name} — ${r.profile}\n${text}`);
    }
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
  console.error(`\n[bench] FAILED: ${error instanceof BenchError ? error.message : error?.stack ?? error}`);
  await cleanup();
  process.exit(1);
}
