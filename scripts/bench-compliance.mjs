// `npm run bench:compliance`: at 13× the demo scale (≈ 5,000 spaces, 60 months of approved plans with a
// signed inspection per building drawn, ≈ 500,000 item results) on the local PostgreSQL, in its own
// database, times the draw of one month's plan and the scorecards of every agency over 12 months.
// Prints median and p95; asserts nothing. `--reuse` keeps the database of an earlier run.
// BENCH_API_DIR points at a compiled API other than dist/ (then nothing is built).
import { createRequire } from 'node:module';
import { compiledApi, prepareDemoDatabase, startApi } from './bench-support.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/csa_bench_compliance';
const reuse = process.argv.includes('--reuse');
const apiDir = compiledApi(process.env.BENCH_API_DIR);
const runs = Number(process.env.BENCH_RUNS ?? 15);

await prepareDemoDatabase({ url, dist: apiDir, reuse, scale: 13 });

const db = new Client({ connectionString: url });
await db.connect();
const counts = (await db.query(`SELECT (SELECT count(*) FROM spaces) AS spaces, (SELECT count(*) FROM supervision_plans) AS plans,
  (SELECT count(*) FROM inspections) AS inspections, (SELECT count(*) FROM inspection_results) AS results,
  (SELECT count(*) FROM findings) AS findings, (SELECT count(*) FROM agencies) AS agencies,
  (SELECT min(period) FROM supervision_plans) AS first, (SELECT max(period) FROM supervision_plans) AS last`)).rows[0];
console.log(`Data: ${counts.spaces} spaces, ${counts.agencies} agencies, ${counts.plans} plans (${counts.first} → ${counts.last}), `
  + `${counts.inspections} inspections, ${counts.results} item results, ${counts.findings} findings`);

const { api, auth, stop } = await startApi({ url, dist: apiDir });
try {
  const headers = { ...auth, 'content-type': 'application/json' };
  const call = async (method, path, body) => {
    const t = performance.now();
    const res = await fetch(`${api}${path}`, { method, headers, body: body && JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    const json = await res.json();
    return { ms: performance.now() - t, json };
  };
  const stats = (samples) => {
    const s = [...samples].sort((a, b) => a - b);
    return { median: s[Math.floor((s.length - 1) / 2)], p95: s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] };
  };

  const draft = (await call('GET', `/supervision-plans?filter=${encodeURIComponent(JSON.stringify({ status: 'draft' }))}`)).json[0];
  await call('POST', `/supervision-plans/${draft.id}/regenerate`, { seed: 1 }); // warm-up
  const draws = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const r = await call('POST', `/supervision-plans/${draft.id}/regenerate`, { seed: 1000 + i });
    draws.push(r.ms);
    last = r.json;
  }

  const to = draft.period;
  const [y, m] = to.split('-').map(Number);
  const from = `${m === 12 ? y : y - 1}-${String((m % 12) + 1).padStart(2, '0')}`;
  const path = `/reports/compliance?from=${from}&to=${to}&groupBy=agency`;
  const warm = await call('GET', path);
  const cards = [];
  for (let i = 0; i < runs; i++) cards.push((await call('GET', path)).ms);
  const buildings = [];
  for (let i = 0; i < runs; i++) buildings.push((await call('GET', `/reports/compliance?from=${from}&to=${to}&groupBy=building`)).ms);

  const line = (label, s, limit) => console.log(`${label.padEnd(78)} median ${s.median.toFixed(0).padStart(5)} ms  p95 ${s.p95.toFixed(0).padStart(5)} ms  (target < ${limit} ms: ${s.p95 < limit ? 'met' : s.median < limit ? 'median met' : 'MISSED'})`);
  console.log('');
  line(`Draw of ${to} (${last.candidates} candidates → ${last.entryCount} entries, ${last.forcedCount} forced), ${runs} runs`, stats(draws), 1000);
  line(`Scorecards of all agencies ${from}…${to} (${warm.json.rows.length} rows), ${runs} runs`, stats(cards), 300);
  line(`Scorecards of all buildings ${from}…${to}, ${runs} runs`, stats(buildings), 300);
} finally {
  stop();
  await db.end();
}
