import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { axeViolations, describeViolations, splitViolations } from '../lib/axe.mjs';
import { today, USERS } from '../lib/api.mjs';
import { AppShell, signIn } from '../lib/pages.mjs';

const OPERATION_MENU = ['Indicador de operación', 'Afluencia y trámites', 'Bitácora de operación', 'Calendario', 'Catálogo de trámites', 'Buzón digital', 'Estadísticas del buzón'];

/** Operations (issue 6) in the back office, on the demo's published 2018 series. */
describe('operations: indicator, attendance, calendar and the operations log', () => {
    let browser;
    let page;
    before(async () => {
        browser = await launch();
        page = await newPage(browser, { bypassCSP: true });
        await signIn(page, ...USERS.admin);
    });
    after(async () => browser?.close());

    const noSeriousViolations = async name => {
        await page.waitForLoadState('networkidle');
        const { failing, others } = splitViolations(await axeViolations(page));
        if (others.length) console.log(`# ${name}: moderate or minor\n${describeViolations(others)}`);
        assert.deepEqual(failing.map(v => v.id), [], `${name}:\n${describeViolations(failing)}`);
    };

    it('the menu has an "Operación" group driven by the permissions', async () => {
        const labels = await new AppShell(page).menuLabels();
        for (const l of OPERATION_MENU) assert.ok(labels.includes(l), `${l} in ${labels}`);
    });

    it('the operation indicator for 2018: building × month with the closed working days on demand', async () => {
        await page.goto(`${BASE_URL}/#/operation-indicator`);
        const year = page.getByRole('spinbutton', { name: 'Año' });
        assert.equal(await year.inputValue(), today().slice(0, 4), 'the indicator opens on the current year');
        await year.fill('2018');
        const table = page.getByRole('table', { name: 'Indicador de operación por inmueble y mes, 2018' });
        await table.waitFor();
        const toluca = table.getByTestId('indicator-CSA-TOL');
        await toluca.waitFor();
        const cells = (await toluca.locator('td').allInnerTexts()).map(t => t.trim());
        // 12 months and the year: percentages with up to two decimals.
        assert.ok(cells.slice(0, 13).every(c => /^\d{1,3}(\.\d{1,2})?$/.test(c)), `cells: ${cells}`);
        const rows = await table.locator('tbody tr[data-testid^="indicator-"]').count();
        assert.ok(rows >= 7, `every CSA open in 2018: ${rows}`);
        // Some CSA closed on a working day in 2018: its days are listed with their reason.
        const show = table.getByRole('button', { name: /^Ver \d+ días?$/ }).first();
        await show.click();
        const list = table.locator('tr[id^="closed-"] li').first();
        await list.waitFor();
        assert.match(await list.innerText(), /^\d{2}\/\d{2}\/2018: .+/);
        await noSeriousViolations('indicator');
    });

    it('attendance for 2018: totals, the illustrative note, a chart and the table by building', async () => {
        await page.goto(`${BASE_URL}/#/attendance`);
        // It opens on the year so far.
        assert.deepEqual([await page.getByLabel('Desde').inputValue(), await page.getByLabel('Hasta').inputValue()], [`${today().slice(0, 4)}-01`, today().slice(0, 7)]);
        await page.getByLabel('Desde').fill('2018-01');
        await page.getByLabel('Hasta').fill('2018-12');
        await page.getByTestId('total-procedures').waitFor();
        await page.getByRole('combobox', { name: 'Agrupar por' }).click();
        await page.getByRole('option', { name: 'Año' }).click();
        // The published total of procedures in 2018.
        await page.getByTestId('total-procedures').filter({ hasText: '5,162,179' }).waitFor();
        assert.match(await page.getByTestId('illustrative').innerText(), /Ilustrativo/);
        await page.getByRole('combobox', { name: 'Agrupar por' }).click();
        await page.getByRole('option', { name: 'Inmueble' }).click();
        await page.getByRole('heading', { name: 'Visitantes y trámites por inmueble' }).waitFor();
        await page.getByTestId('attendance-chart').locator('.recharts-bar-rectangle').first().waitFor();
        const table = page.getByTestId('attendance-table');
        await table.locator('tbody tr').filter({ hasText: 'Toluca' }).first().waitFor();
        assert.ok((await table.locator('tbody tr').count()) >= 7);
        assert.match(await table.locator('tfoot').innerText(), /Total\s+[\d,]+\s+5,162,179/);
        await noSeriousViolations('attendance');
    });

    it('the calendar of 2018 counts its working days and lists the holidays', async () => {
        await page.goto(`${BASE_URL}/#/calendar`);
        await page.getByRole('spinbutton', { name: 'Año' }).fill('2018');
        await page.getByTestId('working-days').filter({ hasText: /^\d+ días hábiles$/ }).waitFor();
        await page.getByRole('table', { name: 'Días feriados e inhábiles de 2018' }).getByRole('row', { name: /01\/01\/2018/ }).waitFor();
        assert.equal(await page.locator('td[data-date="2018-02-05"]').getAttribute('data-kind'), 'holiday');
        await noSeriousViolations('calendar');
    });

    it('the operations log imports a CSV only when every row is right, listing the bad ones by line', async () => {
        await page.goto(`${BASE_URL}/#/operation-days?filter=${encodeURIComponent(JSON.stringify({}))}`);
        await page.locator('table tbody tr').first().waitFor();
        await page.getByRole('button', { name: 'Importar bitácora' }).click();
        const dialog = page.getByRole('dialog', { name: 'Importar la bitácora de operación' });
        const dir = mkdtempSync(join(tmpdir(), 'csa-ops-'));
        const bad = join(dir, 'bitacora.csv');
        writeFileSync(
            bad,
            'building,date,agency,visitors,procedures,status,closed_reason\nCSA-TOL,2030-01-07,IFREM,10,8,open,\nCSA-XXX,2030-01-07,IFREM,10,8,open,\nCSA-TOL,07/01/2030,IFREM,-3,8,open,\n',
        );
        await dialog.locator('input[type=file]').setInputFiles(bad);
        const errors = dialog.getByRole('table', { name: /errores? en el archivo/ });
        await errors.waitFor();
        const lines = (await errors.locator('tbody tr td:first-child').allInnerTexts()).map(Number);
        assert.ok(lines.includes(3), `line 3 (unknown building): ${lines}`);
        assert.ok(lines.every(l => l >= 2), `${lines}`);
        assert.equal(await dialog.getByRole('button', { name: /^Importar/ }).isDisabled(), true);
        await dialog.getByRole('button', { name: 'Cancelar' }).click();
        await noSeriousViolations('operation days');
    });
});
