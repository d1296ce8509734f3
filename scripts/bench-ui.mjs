// `npm run bench:ui`: the UI's first-load JavaScript (gzip, from the build) and the time from
// navigating to the agreements list until 25 rows render, in headless Chromium on the demo data.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildIfNeeded } from './build-if-needed.mjs';

buildIfNeeded();

const dist = 'admin-ui/dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/(?:src|href)="(?:\.\/|\/)?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gzip = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
console.log(`First load: ${scripts.length} JavaScript files, ${(gzip / 1024).toFixed(0)} kB gzip (limit 1024 kB)`);

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'csa-bench-ui-'));
const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
const server = spawn(process.execPath, ['dist/src/main.js'], { env, stdio: 'inherit' });
try {
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 360 && !(await fetch(`${url}/api/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 250));
  spawnSync(process.execPath, ['admin-ui/e2e/bench-list.mjs'], { stdio: 'inherit', env: { ...process.env, BASE_URL: url } });
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
