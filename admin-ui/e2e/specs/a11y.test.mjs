import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { axeViolations, describeViolations, splitViolations } from '../lib/axe.mjs';
import { Api, USERS } from '../lib/api.mjs';
import { AllocationPage, BuildingPage, ListPage, LoginPage, signIn } from '../lib/pages.mjs';

describe('accessibility (axe-core): no critical or serious violations on the main pages', () => {
    let browser;
    let page;
    let ids;
    before(async () => {
        browser = await launch();
        const api = await Api.login(...USERS.admin);
        const building = await api.buildingByCode('CSA-TOL');
        const [agreement] = await api.list('agreements', { status: 'active' }, [0, 0]);
        ids = { building: building.id, agreement: agreement.id };
        page = await newPage(browser, { bypassCSP: true });
    });
    after(async () => browser?.close());

    /** `everything`: moderate and minor violations fail too (pages already clean of them). */
    const check = async (name, { everything = false } = {}) => {
        await page.waitForLoadState('networkidle');
        const { failing, others } = splitViolations(await axeViolations(page));
        if (others.length) console.log(`# ${name}: moderate or minor\n${describeViolations(others)}`);
        assert.deepEqual(failing.map(v => v.id), [], `${name}:\n${describeViolations(failing)}`);
        if (everything) assert.deepEqual(others.map(v => v.id), [], `${name}:\n${describeViolations(others)}`);
    };

    it('login', async () => {
        await new LoginPage(page).open();
        await check('login', { everything: true });
    });
    it('dashboard', async () => {
        await signIn(page, ...USERS.admin);
        await page.getByTestId('dashboard-occupancy').locator('.recharts-bar-rectangle').first().waitFor();
        await check('dashboard');
    });
    it('agreements list', async () => {
        await new ListPage(page, 'agreements').open();
        await check('agreements list');
    });
    it('agreement show', async () => {
        await page.goto(`${BASE_URL}/#/agreements/${ids.agreement}/show`);
        await page.getByRole('tab').first().waitFor();
        await check('agreement show');
    });
    it('building plan', async () => {
        await new BuildingPage(page).open(ids.building);
        await check('building plan');
    });
    it('assignment page', async () => {
        await page.goto(`${BASE_URL}/#/assign?buildingId=${ids.building}`);
        await page.getByRole('button', { name: 'Buscar espacios libres' }).click();
        await page.getByText(/^Espacios libres del /).waitFor();
        await check('assignment');
    });
    it('allocation page with the apportionment matrix', async () => {
        // The matrix of the newest period that has charges (or the preview of the default period).
        const api = await Api.login(...USERS.finance);
        const periods = await api.list('periods', {}, [0, 499]);
        const charged = periods.filter(p => Number(p.charged) > 0).map(p => p.period).sort().at(-1);
        const allocation = await new AllocationPage(page).open();
        if (charged) {
            await allocation.choosePeriod(charged);
            await allocation.chooseBuilding('CSA-TOL');
            await page.getByRole('table', { name: /^Matriz de prorrateo/ }).waitFor();
        } else {
            await page.getByRole('button', { name: 'Vista previa' }).click();
            await page.getByTestId('allocation-preview').waitFor();
        }
        await check('allocation');
    });
    it('savings page', async () => {
        await page.goto(`${BASE_URL}/#/savings`);
        await page.getByTestId('savings-year').locator('.recharts-bar-rectangle').first().waitFor();
        await check('savings');
    });
    it('bills list', async () => {
        await new ListPage(page, 'utility-bills').open();
        await check('bills list');
    });
});
