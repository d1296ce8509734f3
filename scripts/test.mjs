// `npm test`: the API suites (jest, on PGlite or on DATABASE_URL), the UI's component tests
// (vitest), then the browser end-to-end tests against the real server on a fresh embedded database.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function step(title, command, args, env = {}) {
  console.log(`\n━━ ${title} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ Falló: ${title}`);
    process.exit(result.status ?? 1);
  }
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForHealth(url, server, seconds = 240) {
  for (let i = 0; i < seconds * 4; i++) {
    if (server.exitCode !== null) throw new Error('el servidor terminó antes de arrancar');
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`el servidor no respondió en ${seconds} s`);
}

async function browserTests() {
  if (!existsSync(CHROMIUM)) {
    console.error(`\n${'█'.repeat(78)}\n  NO SE ENCONTRÓ CHROMIUM (${CHROMIUM}): las pruebas en navegador no pueden correr.\n  Instálelo con:   sudo apt-get install -y chromium\n${'█'.repeat(78)}\n`);
    process.exit(1);
  }
  buildIfNeeded();
  const dataDir = mkdtempSync(join(tmpdir(), 'csa-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  console.log(`\n━━ Pruebas en navegador (Chromium) contra ${url}, base integrada nueva ━━`);
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOGIN_MAX_ATTEMPTS: '500', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.JWT_SECRET;
  const server = spawn(process.execPath, ['dist/src/main.js'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitForHealth(url, server);
    step('Pruebas en navegador', process.execPath, ['admin-ui/e2e/run.mjs'], { BASE_URL: url, CHROMIUM_PATH: CHROMIUM });
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

step(`API (jest) sobre ${process.env.DATABASE_URL ? 'el PostgreSQL de DATABASE_URL' : 'PostgreSQL integrado'}`, 'npm', ['run', 'test:api', '--silent']);
step('Interfaz: pruebas de componentes (vitest)', 'npm', ['test', '-w', 'admin-ui', '--silent']);
if (process.env.SKIP_BROWSER_TESTS === '1') {
  console.log('\nSKIP_BROWSER_TESTS=1: las pruebas en navegador no se corren en esta pasada.');
} else {
  await browserTests();
}
console.log('\n✓ Todas las pruebas pasaron');
