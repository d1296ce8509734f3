// `npm run bench:operations`: on the local PostgreSQL, in its own database (csa_bench_operations,
// recreated each run unless --reuse): 15 years of daily operations for 11 buildings × 100 agencies,
// then
//   1. a 1,000,000-row CSV import through the API (dry run, then real; the file replaces days
//      already recorded, the worst case), target < 30 s;
//   2. the yearly attendance report over the 15 years, target < 300 ms (median of 10);
//   3. the public directory under autocannon: the most it serves (10 connections) and the latency
//      at a steady 500 requests/s, target ≥ 500 req/s with p99 < 50 ms.
// Prints the figures; asserts nothing (a missed target prints MISSED, the exit code stays 0).
// Options: --reuse (keep the database), --only=import|report|directory.
// Environment: BENCH_DATABASE_URL; BENCH_DIST (compiled API folder, default dist/, built if stale).
import { createWriteStream, openAsBlob, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import autocannon from 'autocannon';
import { compiledApi, prepareDemoDatabase, startApi } from './bench-support.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/csa_bench_operations';
const reuse = process.argv.includes('--reuse');
// --only=import|report|directory runs one part (with --reuse, to iterate on it).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const runs = (part) => !only || only === part;
const dist = compiledApi(process.env.BENCH_DIST);

const FIRST = '2011-01-01';
const LAST = '2025-12-31';
const ROWS = 1_000_000;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');
// Other work on the machine skews every figure: each line says what the load was.
const load = () => `(load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`;

const created = await prepareDemoDatabase({ url, dist, reuse });
const db = new Client({ connectionString: url });
await db.connect();
if (created) {
  const t = performance.now();
  // 60 more public agencies (100 in all), each with an agreement in every building; then 15 years of weekdays.
  await db.query(`INSERT INTO agencies (name, acronym, level)
                  SELECT 'Unidad de banco de pruebas ' || i, 'BENCH' || i, (ARRAY['state','federal','municipal','auxiliary'])[1 + i % 4]
                    FROM generate_series(1, 100 - (SELECT count(*) FROM agencies)) AS i`);
  await db.query(`TRUNCATE operation_counts, operation_monthly, operation_days`);
  await db.query(`INSERT INTO operation_days (building_id, date, status, closed_reason)
                  SELECT b.id, d::date, 'open', NULL FROM buildings b, generate_series($1::date, $2::date, interval '1 day') AS d
                   WHERE extract(isodow FROM d) < 6`, [FIRST, LAST]);
  await db.query(`INSERT INTO operation_counts (building_id, date, agency_id, visitors, procedures)
                  SELECT od.building_id, od.date, g.id, 20 + (abs(hashtext(g.id::text || od.date::text)) % 80), 10 + (abs(hashtext(od.date::text || g.id::text)) % 60)
                    FROM operation_days od CROSS JOIN agencies g`);
  await db.query(`UPDATE operation_days od SET visitors = t.v, procedures = t.p
                    FROM (SELECT building_id, date, sum(visitors)::int v, sum(procedures)::int p FROM operation_counts GROUP BY 1, 2) t
                   WHERE od.building_id = t.building_id AND od.date = t.date`);
  await db.query(`INSERT INTO operation_monthly SELECT building_id, date_trunc('month', date)::date, agency_id, sum(visitors), sum(procedures)
                    FROM operation_counts GROUP BY 1, 2, 3`);
  await db.query('VACUUM ANALYZE');
  console.log(`Generated 15 years of daily data in ${seconds(performance.now() - t)}`);
}
const counts = (await db.query(`SELECT (SELECT count(*) FROM buildings) AS buildings, (SELECT count(*) FROM agencies) AS agencies,
  (SELECT count(*) FROM operation_days) AS days, (SELECT count(*) FROM operation_counts) AS counts, (SELECT count(*) FROM operation_monthly) AS monthly`)).rows[0];
console.log(`Data: ${counts.buildings} buildings, ${counts.agencies} agencies, ${counts.days} building-days, ${counts.counts} daily counts, ${counts.monthly} monthly rows`);

// The CSV: the last weekdays before LAST, every building and agency, until a million rows.
const buildings = (await db.query(`SELECT code FROM buildings ORDER BY code`)).rows.map((r) => r.code);
const agencies = (await db.query(`SELECT acronym FROM agencies ORDER BY acronym`)).rows.map((r) => r.acronym);
const file = join(tmpdir(), `bench-operations-${process.pid}.csv`);
{
  const out = createWriteStream(file);
  out.write('building,date,agency,visitors,procedures,status,closed_reason\n');
  let rows = 0;
  let chunk = '';
  // Counts differ on every run, so that the import really rewrites the days it replaces.
  const salt = Date.now() % 1000;
  for (let day = new Date(`${LAST}T00:00:00Z`); rows < ROWS; day = new Date(day.getTime() - 86_400_000)) {
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    const date = day.toISOString().slice(0, 10);
    for (const b of buildings) {
      for (const a of agencies) {
        if (rows++ >= ROWS) break;
        chunk += `${b},${date},${a},${30 + ((rows + salt) % 50)},${20 + ((rows + salt) % 40)},open,\n`;
      }
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

const { api, auth, stop } = await startApi({ url, dist });
const results = [];
try {
  for (const dryRun of runs('import') ? [true, false] : []) {
    const form = new FormData();
    form.append('file', await openAsBlob(file, { type: 'text/csv' }), 'bench.csv');
    const t = performance.now();
    const res = await fetch(`${api}/operation-days/import?dryRun=${dryRun}`, { method: 'POST', headers: auth, body: form });
    const ms = performance.now() - t;
    const body = await res.json();
    if (res.status !== 200) throw new Error(`import: HTTP ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
    const line = `Import of ${body.rows.toLocaleString('en')} rows (${body.days} days, ${body.replaced} replaced), ${dryRun ? 'dry run' : 'written'}: ${seconds(ms)}  [target < 30 s: ${verdict(ms < 30_000)}] ${load()}`;
    console.log(line);
    results.push(line);
  }

  for (const groupBy of runs('report') ? ['year', 'agency', 'level', 'building', 'month'] : []) {
    const get = () => fetch(`${api}/reports/attendance?from=2011-01&to=2025-12&groupBy=${groupBy}`, { headers: auth }).then(async (r) => {
      if (!r.ok) throw new Error(`attendance: HTTP ${r.status}`);
      return r.json();
    });
    await get();
    const times = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await get();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = (times[4] + times[5]) / 2;
    const line = `Attendance report by ${groupBy}, 2011–2025: median ${median.toFixed(1)} ms, max ${times[9].toFixed(1)} ms${groupBy === 'year' ? `  [target < 300 ms: ${verdict(median < 300)}]` : ''} ${load()}`;
    console.log(line);
    results.push(line);
  }

  const directory = `${api}/public/centers`;
  if (!runs('directory')) throw Object.assign(new Error('skipped'), { skipped: true });
  await autocannon({ url: directory, connections: 10, duration: 3 });
  const max = await autocannon({ url: directory, connections: 10, duration: 10 });
  const maxLine = `Public directory, 10 connections: ${Math.round(max.requests.average)} req/s, p50 ${max.latency.p50} ms, p99 ${max.latency.p99} ms, non-2xx ${max.non2xx} ${load()}`;
  console.log(maxLine);
  const steady = await autocannon({ url: directory, connections: 20, duration: 10, overallRate: 500 });
  const steadyLine = `Public directory at 500 req/s: ${Math.round(steady.requests.average)} req/s, p50 ${steady.latency.p50} ms, p99 ${steady.latency.p99} ms  [target ≥ 500 req/s, p99 < 50 ms: ${verdict(max.requests.average >= 500 && steady.latency.p99 < 50)}] ${load()}`;
  console.log(steadyLine);
  const search = await autocannon({ url: `${directory}?q=licencia`, connections: 10, duration: 5 });
  console.log(`Public directory search (?q=licencia), 10 connections: ${Math.round(search.requests.average)} req/s, p99 ${search.latency.p99} ms ${load()}`);
} catch (error) {
  if (!error.skipped) throw error;
} finally {
  stop();
  await db.end();
  rmSync(file, { force: true });
}
