// The floor of the benchmark: a bare node:http + pg server answering the agreements list query
// (page + total, in parallel) with exactly the SQL the API runs, but with no framework, no auth,
// no validation and no middleware. Whatever the API costs above this is the price of its stack.
//
// Started by scripts/bench.mjs in its own process. Environment:
//   DATABASE_URL, PORT, POOL_SIZE (10), BUILDING_ID, STATUS (active), SORT ('["startDate","DESC"]'), RANGE ('[0,24]')
// Prints one JSON line {"ready":true,"port":…,"page":{sql,values},"count":{sql,values}} once listening.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(resolve(root, 'package.json'));
const pg = require('pg');
const { agreementsListSpec } = require(resolve(root, 'dist/src/agreements/agreements.repository.js'));
const { parseListParams, runList } = require(resolve(root, 'dist/src/common/list-query.js'));
const { SqlParams } = require(resolve(root, 'dist/src/common/sql-params.js'));

// Same row parsing as the API (src/database/data-source.ts): dates stay 'YYYY-MM-DD' strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

const { DATABASE_URL, PORT = '0', POOL_SIZE = '10', BUILDING_ID, STATUS = 'active', SORT = '["startDate","DESC"]', RANGE = '[0,24]' } = process.env;
if (!DATABASE_URL || !BUILDING_ID) {
  console.error('floor-server: DATABASE_URL and BUILDING_ID are required');
  process.exit(2);
}

// Build the two statements ONCE, through the application's own list machinery (an admin has no
// scope conditions): runList is given a recorder instead of a database, so the SQL text and the
// parameters are byte for byte those the API sends.
const recorded = [];
const recorder = {
  async query(sql, values) {
    recorded.push({ sql, values: [...values] });
    return sql.startsWith('SELECT count(*)') ? [{ total: 0 }] : [];
  },
};
const list = parseListParams({ filter: JSON.stringify({ buildingId: BUILDING_ID, status: STATUS }), sort: SORT, range: RANGE });
await runList(recorder, agreementsListSpec(), list, new SqlParams(), []);
const page = recorded.find((s) => !s.sql.startsWith('SELECT count(*)'));
const count = recorded.find((s) => s.sql.startsWith('SELECT count(*)'));
if (!page || !count) throw new Error('floor-server: could not record the page and count statements');
const offset = list.range.offset;

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(POOL_SIZE), idleTimeoutMillis: 30_000 });

const server = createServer(async (req, res) => {
  try {
    const [rows, totals] = await Promise.all([pool.query(page.sql, page.values), pool.query(count.sql, count.values)]);
    const last = rows.rows.length ? offset + rows.rows.length - 1 : offset;
    const body = JSON.stringify(rows.rows);
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Content-Range': `agreements ${offset}-${last}/${totals.rows[0].total}`,
    });
    res.end(body);
  } catch (error) {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end(String(error));
  }
});
server.keepAliveTimeout = 65_000;

server.listen(Number(PORT), '127.0.0.1', () => {
  console.log(JSON.stringify({ ready: true, port: server.address().port, page, count }));
});

const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
