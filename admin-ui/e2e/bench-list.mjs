#!/usr/bin/env node
/**
 * Measures (prints, does not assert) the time from navigating to the agreements
 * list until 25 rows are rendered (full page load, warm HTTP cache, logged in),
 * over several runs; reports the median.
 *   BASE_URL=http://localhost:3000 RUNS=7 node admin-ui/e2e/bench-list.mjs
 */
import { BASE_URL, launch, newPage } from './lib/browser.mjs';
import { USERS } from './lib/api.mjs';
import { signIn } from './lib/pages.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const ROWS = 25;

const browser = await launch();
try {
    const page = await newPage(browser);
    await signIn(page, ...USERS.admin);
    // Warm-up: load the list's code chunk once.
    await page.goto(`${BASE_URL}/#/agreements`);
    await page.locator('table tbody tr').nth(ROWS - 1).waitFor({ timeout: 60_000 });

    const times = [];
    for (let i = 0; i < RUNS; i++) {
        await page.goto('about:blank');
        const t0 = performance.now();
        // A full page load each time (session kept in localStorage): boot + list query + render.
        await page.goto(`${BASE_URL}/?run=${i}#/agreements?page=1&perPage=${ROWS}`);
        await page.waitForFunction(n => document.querySelectorAll('table tbody tr').length >= n, ROWS, { polling: 'raf', timeout: 60_000 });
        const ms = performance.now() - t0;
        times.push(ms);
        console.log(`run ${i + 1}: ${ms.toFixed(0)} ms`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    console.log(`agreements list, ${ROWS} rows: median ${median.toFixed(0)} ms over ${RUNS} runs (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)})`);
} finally {
    await browser.close();
}
