import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage } from '../lib/browser.mjs';
import { USERS } from '../lib/api.mjs';
import { signIn } from '../lib/pages.mjs';

describe('dashboard', () => {
    let browser;
    before(async () => {
        browser = await launch();
    });
    after(async () => browser?.close());

    it('shows occupancy per CSA, expiring agreements, tenants by level, m² per person and recent changes', async () => {
        const page = await newPage(browser);
        await signIn(page, ...USERS.admin);
        const occupancy = page.getByTestId('dashboard-occupancy');
        await occupancy.locator('.recharts-bar-rectangle').first().waitFor();
        const bars = await occupancy.locator('.recharts-bar-rectangle').count();
        assert.ok(bars >= 11, `one bar per CSA, got ${bars}`);
        const label = await occupancy.getByRole('img').getAttribute('aria-label');
        assert.match(label, /CSA-TOL: \d/);

        const expiring = page.getByTestId('dashboard-expiring');
        for (const band of [30, 60, 90]) await expiring.getByTestId(`expiring-${band}`).waitFor();
        const counts = await Promise.all([30, 60, 90].map(b => expiring.getByTestId(`expiring-${b}`).locator('p').first().innerText()));
        assert.ok(counts.every(c => /^\d+$/.test(c)), `counts ${counts}`);
        // A tile opens the list of exactly its agreements, soonest end first.
        await expiring.getByTestId('expiring-60').click();
        await page.waitForURL(/#\/agreements\?/);
        const shown = page.getByRole('row').filter({ has: page.getByRole('cell') });
        if (Number(counts[1]) > 0) await shown.first().waitFor();
        await page.waitForLoadState('networkidle');
        assert.equal(await page.locator('table tbody tr').count(), Math.min(Number(counts[1]), 25));
        await page.goBack();

        await page.getByTestId('dashboard-levels').locator('.recharts-pie-sector').first().waitFor();
        await page.getByTestId('dashboard-space').locator('.recharts-bar-rectangle').first().waitFor();
        const recent = page.getByTestId('dashboard-recent');
        await recent.getByRole('listitem').first().waitFor();
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });

    it('hides the recent changes from roles that may not read the audit trail', async () => {
        const page = await newPage(browser);
        await signIn(page, ...USERS.liaison);
        await page.getByTestId('dashboard-occupancy').waitFor();
        await page.waitForLoadState('networkidle');
        assert.equal(await page.getByTestId('dashboard-recent').count(), 0);
        await page.context().close();
    });
});
