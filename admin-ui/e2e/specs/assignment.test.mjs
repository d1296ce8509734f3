import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { addDays, Api, createTestAgency, createTestSpace, today, USERS } from '../lib/api.mjs';
import { AssignPage, BuildingPage, chooseAutocomplete, signIn } from '../lib/pages.mjs';

const BUILDING = process.env.E2E_BUILDING ?? 'CSA-IXT';

describe('assigning space', () => {
    let browser;
    let api;
    let building;
    before(async () => {
        browser = await launch();
        api = await Api.login(...USERS.admin);
        building = await api.buildingByCode(BUILDING);
    });
    after(async () => browser?.close());

    it('assigns a free space from the building page and its tile turns occupied', async () => {
        const space = await createTestSpace(api, building.id);
        const agency = await createTestAgency(api);
        const page = await newPage(browser);
        await signIn(page, ...USERS.admin);

        const plan = await new BuildingPage(page).open(building.id);
        assert.equal(await plan.tileName(space.code), `${space.code} Libre 18 m²`);

        await page.getByRole('link', { name: 'Asignar espacio' }).click();
        await page.waitForURL(/#\/assign\?buildingId=/);
        const assign = new AssignPage(page);
        await assign.setPeriod(today(), addDays(today(), 364));
        await assign.search();
        await assign.select(space.code);
        await page.getByText('1 espacio seleccionado (18 m²)').waitFor();
        await assign.chooseAgency(agency.acronym);
        await page.getByLabel('Personal (personas)').fill('3');
        await assign.submit();

        await page.getByText(/^Convenio CSA-[A-Z]+-\d{4}-\d+ creado y vigente$/).waitFor();
        await page.waitForURL(new RegExp(`#/buildings/${building.id}/show`));
        await plan.plan().waitFor();
        await plan.tile(space.code).waitFor();
        assert.equal(await plan.tileName(space.code), `${space.code} ${agency.acronym} 18 m², espacio ocupado`);
        assert.equal(await plan.tile(space.code).getAttribute('data-state'), 'occupied');

        // The tile opens the space.
        await plan.tile(space.code).click();
        await page.waitForURL(new RegExp(`#/spaces/${space.id}/show`));
        await page.getByText(agency.acronym, { exact: false }).first().waitFor();
        await page.context().close();
    });

    it('refuses an overlapping agreement for the same space, naming the first folio with a link', async () => {
        const space = await createTestSpace(api, building.id);
        const agency = await createTestAgency(api);
        const start = today();
        const first = await api.request('POST', '/agreements', {
            buildingId: building.id,
            agencyId: agency.id,
            spaceIds: [space.id],
            kind: 'comodato',
            startDate: start,
            endDate: addDays(start, 180),
            headcount: 2,
            activate: true,
        });
        assert.ok(first.folio);

        const page = await newPage(browser);
        await signIn(page, ...USERS.admin);
        await page.goto(`${BASE_URL}/#/agreements/create`);
        await chooseAutocomplete(page, 'Inmueble', building.code);
        await chooseAutocomplete(page, 'Espacios', space.code);
        await page.getByLabel('Inicio de vigencia').fill(addDays(start, 30));
        await page.getByLabel('Fin de vigencia').fill(addDays(start, 400));
        await chooseAutocomplete(page, 'Unidad usuaria', agency.acronym);
        await page.getByLabel('Personal (personas)').fill('4');
        await page.getByRole('button', { name: 'Guardar' }).click();

        const alert = page.getByRole('alert').filter({ hasText: first.folio });
        await alert.waitFor();
        assert.match(await alert.innerText(), new RegExp(`${space.code}.*${first.folio}`, 's'));
        const link = alert.getByRole('link', { name: `Ver convenio ${first.folio}` });
        assert.equal(await link.getAttribute('href'), `#/agreements/${first.id}/show`);
        await link.click();
        await page.waitForURL(new RegExp(`#/agreements/${first.id}/show`));
        await page.getByText(first.folio).first().waitFor();
        await page.context().close();
    });
});
