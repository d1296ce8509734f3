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
});
