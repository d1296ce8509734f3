import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { Api, USERS } from '../lib/api.mjs';
import { AllocationPage, COST_MENU_LABELS, StatementsPage, signIn } from '../lib/pages.mjs';

/** The first open period with bills after the demo's last closed month. */
export async function openPeriodWithBills(api) {
    const periods = await api.list('periods', {}, [0, 499]);
    const lastClosed = periods.filter(p => p.status === 'closed').map(p => p.period).sort().at(-1) ?? '';
    const open = periods
        .filter(p => p.status === 'open' && p.period > lastClosed && Number(p.bills) > 0)
        .map(p => p.period)
        .sort();
    assert.ok(open.length > 0, `an open period with bills after ${lastClosed}: ${JSON.stringify(periods.slice(0, 4))}`);
    return open[0];
}

describe('shared-utility costs', () => {
    let browser;
    let finance;
    let period;
    let building;
    before(async () => {
        browser = await launch();
        finance = await Api.login(...USERS.finance);
        period = await openPeriodWithBills(finance);
        building = await finance.buildingByCode('CSA-TOL');
    });
    after(async () => browser?.close());

    it('finance previews and runs the allocation of an open period and reviews the apportionment matrix', async () => {
        const page = await newPage(browser);
        await signIn(page, ...USERS.finance);
        const allocation = await new AllocationPage(page).open();
        await allocation.choosePeriod(period);
        await allocation.chooseBuilding('CSA-TOL');

        await page.getByRole('button', { name: 'Vista previa' }).click();
        const preview = page.getByTestId('allocation-preview');
        await preview.waitFor();
        assert.match(await preview.innerText(), /no se guardó nada/);
        assert.match(await page.getByTestId('allocation-total').innerText(), /\$[\d,]+\.\d\d/);

        await page.getByRole('button', { name: 'Correr prorrateo' }).click();
        await page.getByTestId('allocation-result').waitFor();
        const matrix = page.getByRole('table', { name: /^Matriz de prorrateo · CSA-TOL/ });
        await matrix.waitFor();
        const rowHeaders = (await matrix.getByRole('rowheader').allInnerTexts()).map(t => t.trim());
        assert.ok(rowHeaders.length >= 4, `tenants, vacancy and totals: ${rowHeaders}`);
        assert.ok(rowHeaders.includes('Espacio desocupado (absorbe la DGRM)'), `vacancy row: ${rowHeaders}`);
        assert.deepEqual(rowHeaders.slice(-2), ['Total', 'Importe de los recibos']);
        // Every cell is an amount in MXN (or a dash for a service an agency does not share).
        const cells = await matrix.locator('tbody td').allInnerTexts();
        assert.ok(cells.length > 0 && cells.every(c => /^(-?\$[\d,]+\.\d\d|—)$/.test(c.trim())), `cells: ${cells.slice(0, 8)}`);
        // Charged = billed, to the centavo, in the footer.
        const footer = await matrix.locator('tfoot tr').all();
        const totals = (await footer[0].locator('td').allInnerTexts()).at(-1);
        const billed = (await footer[1].locator('td').allInnerTexts()).at(-1);
        assert.equal(totals, billed);
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });

    it('closing a period with bills not yet allocated is refused with the API message (409)', async () => {
        // A bill of our own, entered after the run: the period cannot close until it is allocated.
        const [service] = await finance.list('utility-services', { buildingId: building.id, kind: 'other' }, [0, 0]).then(async rows =>
            rows.length ? rows : finance.list('utility-services', { buildingId: building.id }, [0, 0]),
        );
        const bill = await finance.request('POST', '/utility-bills', {
            serviceId: service.id,
            period,
            amount: '10.00',
            invoiceNumber: `E2E-${Date.now().toString(36)}`,
        });
        try {
            const page = await newPage(browser);
            await signIn(page, ...USERS.finance);
            const allocation = await new AllocationPage(page).open();
            await allocation.choosePeriod(period);
            await allocation.chooseBuilding('CSA-TOL');
            await page.getByRole('table', { name: /^Matriz de prorrateo · CSA-TOL/ }).waitFor();
            await page.getByRole('button', { name: `Cerrar periodo ${await allocation.periodName(period)}` }).click();
            const dialog = page.getByRole('dialog');
            await dialog.getByText(/ya no se podrán cambiar/).waitFor();
            await dialog.getByRole('button', { name: 'Cerrar periodo' }).click();
            const message = page.getByTestId('close-period-message');
            await message.waitFor();
            assert.match(await message.innerText(), /sin prorratear/);
            const periods = await finance.list('periods', {}, [0, 499]);
            assert.equal(periods.find(p => p.period === period).status, 'open');
            await page.context().close();
        } finally {
            await finance.request('DELETE', `/utility-bills/${bill.id}`);
        }
    });

    it('finance downloads an agency statement as PDF', async () => {
        const page = await newPage(browser);
        await signIn(page, ...USERS.finance);
        const statements = await new StatementsPage(page).open();
        await statements.chooseAgency('IFREM');
        await statements.setPeriod(period);
        await page.getByRole('button', { name: 'Vista previa' }).click();
        await page.getByTestId('statement-preview').waitFor();
        assert.match(await page.getByTestId('statement-total').innerText(), /Total a cargo: \$[\d,]+\.\d\d/);
        const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name: 'Descargar PDF' }).click(),
        ]);
        assert.match(download.suggestedFilename(), /\.pdf$/);
        const bytes = await readFile(await download.path());
        assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');
        await page.context().close();
    });

    it("an agency liaison's cost menu has only Cargos and Estados de cuenta, and its statement is its own", async () => {
        const page = await newPage(browser);
        const shell = await signIn(page, ...USERS.liaison);
        const labels = await shell.menuLabels();
        const costs = labels.filter(l => COST_MENU_LABELS.includes(l));
        assert.deepEqual(costs, ['Cargos', 'Estados de cuenta'], `menu: ${labels}`);
        await page.goto(`${BASE_URL}/#/statements`);
        const agency = page.getByRole('combobox', { name: 'Unidad usuaria' });
        await page.waitForFunction(() => document.querySelector('#statement-agency')?.textContent?.includes('IFREM'));
        assert.equal(await agency.getAttribute('aria-disabled'), 'true');
        await page.context().close();
    });

    it("finance's cost menu has every entry", async () => {
        const page = await newPage(browser);
        const shell = await signIn(page, ...USERS.finance);
        const labels = await shell.menuLabels();
        assert.deepEqual(labels.filter(l => COST_MENU_LABELS.includes(l)), COST_MENU_LABELS);
        await page.context().close();
    });
});

describe('savings', () => {
    let browser;
    before(async () => {
        browser = await launch();
    });
    after(async () => browser?.close());

    it('finance sees savings by year, building and government level, with totals', async () => {
        const page = await newPage(browser);
        await signIn(page, ...USERS.finance);
        await page.goto(`${BASE_URL}/#/savings`);
        for (const group of ['year', 'building', 'level']) {
            await page.getByTestId(`savings-${group}`).locator('.recharts-bar-rectangle').first().waitFor();
        }
        const totals = await page.getByTestId('savings-totals').innerText();
        for (const label of ['Ahorro en rentas', 'Ahorro en energía eléctrica', 'Costo de desocupación', 'Rentas que el Estado ya no paga']) {
            assert.ok(totals.includes(label), `${label} in ${totals}`);
        }
        const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name: 'Exportar a CSV' }).click(),
        ]);
        assert.match(download.suggestedFilename(), /\.csv$/);
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });
});
