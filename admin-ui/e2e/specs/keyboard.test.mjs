import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { USERS } from '../lib/api.mjs';
import { ListPage, signIn } from '../lib/pages.mjs';

/** Every list whose rows open a record, and the view a row opens. */
const LISTS = {
    buildings: 'show',
    spaces: 'show',
    agreements: 'show',
    agencies: 'show',
    users: 'show',
    'audit-events': 'show',
    'utility-services': 'show',
    'utility-bills': 'show',
    meters: 'edit',
    charges: 'show',
    'allocation-runs': 'show',
    'calendar-days': 'edit',
    procedures: 'show',
    'operation-days': 'show',
    suggestions: 'show',
    regulations: 'show',
    articles: 'show',
    checklists: 'show',
    'supervision-plans': 'show',
    inspections: 'show',
    findings: 'show',
    'queue-services': 'edit',
    counters: 'edit',
};

const MAX_TABS = 120;

describe('keyboard: every list row is reached with Tab and opened with Enter', () => {
    let browser;
    let page;
    before(async () => {
        browser = await launch();
        page = await newPage(browser);
        await signIn(page, ...USERS.admin);
    });
    after(async () => browser?.close());

    for (const [resource, view] of Object.entries(LISTS)) {
        it(resource, async () => {
            await new ListPage(page, resource).open();
            await page.locator('body').focus();
            let reached = false;
            for (let i = 0; i < MAX_TABS && !reached; i++) {
                await page.keyboard.press('Tab');
                reached = await page.evaluate(() => document.activeElement?.matches('table tbody tr') ?? false);
            }
            assert.ok(reached, `${resource}: no row reached after ${MAX_TABS} presses of Tab`);
            const focused = page.locator('table tbody tr:focus');
            assert.equal(await focused.count(), 1);
            await page.keyboard.press('Enter');
            await page.waitForURL(new RegExp(`#/${resource}/[^/?]+${view === 'show' ? '/show' : '$'}`));
            assert.ok(page.url().startsWith(`${BASE_URL}/#/${resource}/`));
        });
    }
});
