#!/usr/bin/env node
/**
 * Browser end-to-end tests of the admin UI (node:test + playwright-core + Debian's chromium).
 *   BASE_URL=http://localhost:3000 node admin-ui/e2e/run.mjs [spec-name …]
 * The server at BASE_URL must serve the built UI and the API with demo data.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { assertChromium, BASE_URL } from './lib/browser.mjs';

try {
    assertChromium();
} catch {
    process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(join(here, 'specs'))
    .filter(f => f.endsWith('.test.mjs'))
    .filter(f => only.length === 0 || only.some(o => f.includes(o)))
    .sort()
    .map(f => join(here, 'specs', f));

try {
    const res = await fetch(`${BASE_URL}/api/health`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
} catch (e) {
    console.error(`No hay servidor en ${BASE_URL} (${e.message}). Inicie la API con datos de demostración o defina BASE_URL.`);
    process.exit(2);
}

console.log(`E2E contra ${BASE_URL}: ${files.length} archivos`);
const stream = run({ files, concurrency: 1, timeout: 180_000 });
stream.on('test:fail', () => {
    process.exitCode = 1;
});
stream.compose(spec).pipe(process.stdout);
