import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { addDays, Api, createTestAgency, createTestSpace, today, USERS } from '../lib/api.mjs';
import { signIn } from '../lib/pages.mjs';

const fmt = d => d.split('-').reverse().join('/');

describe('agreement actions: activate, extend, terminate (one click + confirmation)', () => {
    let browser;
    let api;
    let building;
    before(async () => {
        browser = await launch();
        api = await Api.login(...USERS.admin);
        building = await api.buildingByCode(process.env.E2E_BUILDING ?? 'CSA-IXT');
    });
    after(async () => browser?.close());

    it('activates a draft, extends it and terminates it', async () => {
        const space = await createTestSpace(api, building.id);
        const agency = await createTestAgency(api);
        const start = today();
        const end = addDays(start, 90);
        const draft = await api.request('POST', '/agreements', {
            buildingId: building.id,
            agencyId: agency.id,
            spaceIds: [space.id],
            kind: 'comodato',
            startDate: start,
            endDate: end,
            headcount: 1,
        });
        assert.equal(draft.status, 'draft');

        const page = await newPage(browser);
        await signIn(page, ...USERS.admin);
        await page.goto(`${BASE_URL}/#/agreements/${draft.id}/show`);
        await page.getByText('Borrador').first().waitFor();

        await page.getByRole('button', { name: 'Activar' }).click();
        const confirm = page.getByRole('dialog', { name: `Activar el convenio ${draft.folio}` });
        await confirm.getByRole('button', { name: 'Activar' }).click();
        await page.getByText('El convenio quedó vigente').waitFor();
        await page.getByText('Vigente').first().waitFor();

        const newEnd = addDays(end, 365);
        await page.getByRole('button', { name: 'Prorrogar' }).click();
        const extend = page.getByRole('dialog', { name: `Prorrogar el convenio ${draft.folio}` });
        await extend.getByLabel('Nueva fecha de fin de vigencia').fill(newEnd);
        await extend.getByRole('button', { name: 'Prorrogar' }).click();
        await page.getByText('La vigencia del convenio se amplió').waitFor();
        await page.getByRole('tab', { name: 'Vigencia' }).click();
        await page.getByText(fmt(newEnd)).first().waitFor();

        await page.getByRole('button', { name: 'Dar por terminado' }).click();
        const terminate = page.getByRole('dialog', { name: `Terminar el convenio ${draft.folio}` });
        await terminate.getByLabel('Motivo de la terminación').fill('La unidad usuaria se reubicó (prueba automatizada).');
        await terminate.getByRole('button', { name: 'Dar por terminado' }).click();
        await page.getByText('El convenio se dio por terminado').waitFor();
        await page.getByText('Terminado').first().waitFor();
        assert.equal(await page.getByRole('button', { name: 'Prorrogar' }).count(), 0);
        const saved = await api.request('GET', `/agreements/${draft.id}`);
        assert.equal(saved.status, 'terminated');
        assert.equal(saved.endDate, newEnd);
        await page.context().close();
    });

    it('changes the rent from a day on, and shows the terms history', async () => {
        const space = await createTestSpace(api, building.id);
        const agency = await createTestAgency(api);
        const start = today();
        const from = addDays(start, 40);
        const agreement = await api.request('POST', '/agreements', {
            buildingId: building.id, agencyId: agency.id, spaceIds: [space.id], kind: 'lease', monthlyRent: '1000.00',
            startDate: start, endDate: addDays(start, 365), headcount: 1, activate: true,
        });

        const page = await newPage(browser);
        await signIn(page, ...USERS.admin);
        await page.goto(`${BASE_URL}/#/agreements/${agreement.id}`);
        await page.getByLabel('Renta mensual', { exact: true }).fill('1250.50');
        await page.getByLabel('Aplica desde').fill(from);
        await page.getByRole('button', { name: 'Guardar' }).click();
        await page.getByRole('tab', { name: 'Historial de condiciones' }).click();
        const rows = page.locator('table tbody tr');
        await rows.nth(1).waitFor();
        const texts = await rows.allInnerTexts();
        assert.equal(texts.length, 2, texts.join(' | '));
        assert.match(texts[0], new RegExp(`${fmt(start)}[\\s\\S]*${fmt(addDays(from, -1))}[\\s\\S]*1,000\\.00`));
        assert.match(texts[1], new RegExp(`${fmt(from)}[\\s\\S]*1,250\\.50`));
        const saved = await api.request('GET', `/agreements/${agreement.id}`);
        assert.deepEqual(saved.terms.map(t => [t.startsOn, t.monthlyRent]), [[start, '1000.00'], [from, '1250.50']]);
        await page.context().close();
    });
});
