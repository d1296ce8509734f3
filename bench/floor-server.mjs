// The floor of the benchmark: a bare node:http + pg server answering the agreements list query
// (the page with its total, one statement) with exactly the SQL the API runs, but with no framework,
// no auth, no validation and no middleware. Whatever the API costs above this is the price of its stack.
//
// Started by scripts/bench.mjs in its own process. Environment:
//   DATABASE_URL, PORT, POOL_SIZE (10), BUILDING_ID, STATUS (active), SORT ('["startDate","DESC"]'), RANGE ('[0,24]')
// Prints one JSON line {"ready":true,"port":…,"page":{sql,values}} once listening.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(resolve(root, 'package.json'));
const pg = require('pg');
const { agreementsListSpec } = require(resolve(root, 'dist/src/agreements/agreements.repository.js'));
const { parseListParams, runList, TOTAL_COLUMN } = require(resolve(root, 'dist/src/common/list-query.js'));
const { SqlParams } = require(resolve(root, 'dist/src/common/sql-params.js'));

// Same row parsing as the API (src/database/data-source.ts): dates stay 'YYYY-MM-DD' strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

const { DATABASE_URL, PORT = '0', POOL_SIZE = '10', BUILDING_ID, STATUS = 'active', SORT = '["startDate","DESC"]', RANGE = '[0,24]' } = process.env;
if (!DATABASE_URL || !BUILDING_ID) {
  console.error('floor-server: DATABASE_URL and BUILDING_ID are required');
  process.exit(2);
}

// Build the statement ONCE, through the application's own list machinery (an admin has no scope
// conditions): runList is given a recorder instead of a database, so the SQL text and the parameters
// are byte for byte those the API sends.
const recorded = [];
const recorder = {
  async query(sql, values) {
    recorded.push({ sql, values: [...values] });
    return [{ [TOTAL_COLUMN]: 0 }];
  },
};
const list = parseListParams({ filter: JSON.stringify({ buildingId: BUILDING_ID, status: STATUS }), sort: SORT, range: RANGE });
await runList(recorder, agreementsListSpec(), list, new SqlParams(), []);
if (recorded.length !== 1) throw new Error(`floor-server: expected one list statement, recorded ${recorded.length}`);
const [page] = recorded;
const offset = list.range.offset;

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(POOL_SIZE), idleTimeoutMillis: 30_000 });

const server = createServer(async (req, res) => {
  try {
    // Sent as a bare server would, unprepared (the API prepares it: see the README's Speed section).
    const { rows } = await pool.query(page.sql, page.values);
    const total = rows.length ? rows[0][TOTAL_COLUMN] : 0;
    const body = JSON.stringify(rows.map(({ [TOTAL_COLUMN]: _, ...row }) => row));
    const last = rows.length ? offset + rows.length - 1 : offset;
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Content-Range': `agreements ${offset}-${last}/${total}`,
    });
    res.end(body);
  } catch (error) {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end(String(error));
  }
});
server.keepAliveTimeout = 65_000;

server.listen(Number(PORT), '127.0.0.1', () => {
  console.log(JSON.stringify({ ready: true, port: server.address().port, page }));
});

const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
