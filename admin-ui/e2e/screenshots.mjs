#!/usr/bin/env node
/**
 * Screenshots of the main screens for the docs:
 *   BASE_URL=http://localhost:3000 node admin-ui/e2e/screenshots.mjs
 * Saves login, dashboard, building plan and the assignment flow to docs/screenshots/*.png.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_URL, launch, newPage } from './lib/browser.mjs';
import { addDays, Api, today, USERS } from './lib/api.mjs';
import { AssignPage, BuildingPage, LoginPage, signIn } from './lib/pages.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(process.env.SCREENSHOT_DIR ?? join(here, '..', '..', 'docs', 'screenshots'));
mkdirSync(OUT, { recursive: true });

const browser = await launch();
try {
    const api = await Api.login(...USERS.admin);
    const building = await api.buildingByCode(process.env.SCREENSHOT_BUILDING ?? 'CSA-TOL');
    const page = await newPage(browser, { width: 1440, height: 1000 });
    const shot = async name => {
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const path = join(OUT, `${name}.png`);
        await page.screenshot({ path, fullPage: true });
        console.log(`✓ ${path}`);
    };

    await new LoginPage(page).open();
    await page.getByLabel('Usuario').fill('adm.toluca');
    await shot('login');
    await signIn(page, ...USERS.admin);

    await page.getByTestId('dashboard-occupancy').locator('.recharts-bar-rectangle').first().waitFor();
    await shot('dashboard');

    await new BuildingPage(page).open(building.id);
    await shot('building-plan');

    await page.goto(`${BASE_URL}/#/assign?buildingId=${building.id}`);
    const assign = new AssignPage(page);
    await assign.setPeriod(today(), addDays(today(), 364));
    await assign.search();
    const first = page.getByRole('checkbox', { name: /^Seleccionar el espacio / }).first();
    if (await first.count()) await first.check();
    await shot('assignment');
} finally {
    await browser.close();
}
