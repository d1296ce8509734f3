import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { suffix, USERS } from '../lib/api.mjs';
import { signIn } from '../lib/pages.mjs';

describe('agencies', () => {
    let browser;
    before(async () => {
        browser = await launch();
    });
    after(async () => browser?.close());

    it('an administrator registers a new agency and finds it in the list', async () => {
        const s = suffix();
        const name = `Dirección de Pruebas ${s}`;
        const acronym = `DP${s}`.slice(0, 10);
        const page = await newPage(browser);
        await signIn(page, ...USERS.admin);
        await page.goto(`${BASE_URL}/#/agencies`);
        await page.getByRole('link', { name: 'Crear', exact: true }).click();
        await page.waitForURL(/#\/agencies\/create$/);
        await page.getByRole('textbox', { name: 'Nombre', exact: true }).fill(name);
        await page.getByLabel('Siglas').fill(acronym);
        await page.getByRole('combobox', { name: 'Orden de gobierno' }).click();
        await page.getByRole('option', { name: 'Organismo auxiliar' }).click();
        await page.getByLabel('Nombre del enlace').fill('María Pérez López');
        await page.getByLabel('Correo del enlace').fill(`enlace.${s.toLowerCase()}@edomex.gob.mx`);
        await page.getByRole('button', { name: 'Guardar' }).click();
        await page.getByText('Registro creado').waitFor();
        await page.waitForURL(/#\/agencies\/[^/]+\/show$/);
        await page.getByText(name).first().waitFor();
        assert.ok(await page.getByText('Organismo auxiliar').first().isVisible());

        await page.goto(`${BASE_URL}/#/agencies`);
        await page.getByRole('textbox', { name: 'Buscar' }).fill(acronym);
        await page.waitForFunction(
            n => {
                const rows = [...document.querySelectorAll('table tbody tr')];
                return rows.length === 1 && rows[0].textContent.includes(n);
            },
            name,
        );
        await page.context().close();
    });

    it('shows the API validation errors (400 errors) under the right input', async () => {
        const page = await newPage(browser);
        await signIn(page, ...USERS.admin);
        await page.goto(`${BASE_URL}/#/agencies/create`);
        await page.getByRole('textbox', { name: 'Nombre', exact: true }).fill(`Unidad con norma excesiva ${suffix()}`);
        await page.getByLabel('Siglas').fill(`X${suffix()}`.slice(0, 10));
        // The form accepts any positive figure; the API caps it at 1000 m² per person.
        const input = page.getByLabel('Máximo de m² por persona');
        await input.fill('5000');
        await page.getByRole('button', { name: 'Guardar' }).click();
        await page.waitForFunction(
            el => el.getAttribute('aria-invalid') === 'true',
            await input.elementHandle(),
        );
        const helperId = await input.getAttribute('aria-describedby');
        assert.ok(helperId, 'the input points at its error text');
        const helper = await page.locator(`[id="${helperId.split(' ')[0]}"]`).innerText();
        assert.match(helper, /1000/);
        assert.match(page.url(), /#\/agencies\/create$/);
        await page.context().close();
    });
});
