// `npm run bench:allocation`: at 10× the demo (≈ 5,000 spaces, 20,000 agreements, 10 years of
// bills for 11 buildings × 6 services) on the local PostgreSQL, times one month's allocation for
// all buildings, the recomputation of every month of the 10 years, and the full savings report.
// Prints the figures; asserts nothing.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { compiledApi, prepareDemoDatabase, startApi } from './bench-support.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/csa_bench_allocation';
const reuse = process.argv.includes('--reuse');

const dist = compiledApi();
await prepareDemoDatabase({ url, dist, reuse, scale: 13 });

const db = new Client({ connectionString: url });
await db.connect();
// A benchmark database: reopen every period so that each month can be recomputed.
await db.query(`UPDATE periods SET status = 'open', closed_at = NULL, closed_by = NULL`);
// Start from a tidy table: earlier runs of this script leave their replaced charges as dead rows.
await db.query('VACUUM ANALYZE charges');
for (const table of ['charge_totals', 'charge_building_totals']) {
  if ((await db.query('SELECT to_regclass($1) AS t', [table])).rows[0].t) await db.query(`VACUUM ANALYZE ${table}`);
}
const counts = (await db.query(`SELECT (SELECT count(*) FROM spaces) AS spaces, (SELECT count(*) FROM agreements) AS agreements,
  (SELECT count(*) FROM utility_bills) AS bills, (SELECT count(DISTINCT period) FROM utility_bills) AS months,
  (SELECT min(period) FROM utility_bills) AS first, (SELECT max(period) FROM utility_bills) AS last`)).rows[0];
console.log(`Data: ${counts.spaces} spaces, ${counts.agreements} agreements, ${counts.bills} bills over ${counts.months} months (${counts.first} → ${counts.last})`);

const { api, auth, stop } = await startApi({ url, dist });
try {
  const headers = { ...auth, 'content-type': 'application/json' };
  const timed = async (label, fn) => {
    const t = performance.now();
    const result = await fn();
    const ms = performance.now() - t;
    return { label, ms, result };
  };
  const run = async (period, through) => {
    const res = await fetch(`${api}/allocation-runs`, { method: 'POST', headers, body: JSON.stringify({ period, through }) });
    if (res.status !== 201) throw new Error(`allocation ${period}: HTTP ${res.status} ${await res.text()}`);
    return res.json();
  };

  const months = (await db.query(`SELECT DISTINCT period FROM utility_bills ORDER BY period`)).rows.map((r) => r.period);
  await run(months.at(-1)); // warm-up
  const samples = [];
  for (let i = 0; i < 5; i++) samples.push((await timed('month', () => run(months.at(-1)))).ms);
  samples.sort((a, b) => a - b);
  const one = await run(months.at(-1));

  const all = await timed('all', async () => (await run(months[0], months.at(-1))).reduce((sum, r) => sum + r.charges, 0));

  const from = months[0];
  const to = months.at(-1);
  const report = async (groupBy) => {
    const res = await fetch(`${api}/reports/savings?from=${from}&to=${to}&groupBy=${groupBy}`, { headers });
    if (!res.ok) throw new Error(`savings ${groupBy}: HTTP ${res.status} ${await res.text()}`);
    return res.json();
  };
  const groups = ['year', 'month', 'building', 'level', 'agency'];
  const best = {};
  for (const g of groups) {
    await report(g); // warm-up
    const times = [];
    for (let i = 0; i < 3; i++) times.push((await timed(g, () => report(g))).ms);
    best[g] = Math.min(...times);
  }
  const savings = [Object.values(best).reduce((a, b) => a + b, 0)];

  // The machine may be shared: the load average says how far to trust the figures.
  console.log(`\nLoad average (1, 5, 15 min): ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  const line = (label, ms, limit) => console.log(`${label.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms   (target < ${limit} ms: ${ms < limit ? 'met' : 'MISSED'})`);
  console.log('');
  line(`One month (${months.at(-1)}), all buildings: ${one.bills} bills → ${one.charges} charges, median of 5`, samples[2], 1000);
  line(`All ${months.length} months recomputed in one run (${all.result} charges)`, all.ms, 30_000);
  for (const g of groups) line(`Savings report ${from}…${to} by ${g} (best of 3)`, best[g], 300);
  line(`Savings report, all five breakdowns one after another`, savings[0], 300);
} finally {
  stop();
  await db.end();
}
