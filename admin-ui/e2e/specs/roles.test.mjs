import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { Api, USERS } from '../lib/api.mjs';
import { expectNoButtons, ListPage, signIn } from '../lib/pages.mjs';

describe('what each role is offered', () => {
    let browser;
    before(async () => {
        browser = await launch();
    });
    after(async () => browser?.close());

    it("the agency liaison's menu has no Usuarios / Bitácora / Asignar espacio, and no create buttons", async () => {
        const page = await newPage(browser);
        const shell = await signIn(page, ...USERS.liaison);
        const labels = await shell.menuLabels();
        assert.ok(labels.includes('Convenios de ocupación'), `menu: ${labels}`);
        for (const hidden of ['Usuarios', 'Bitácora', 'Asignar espacio']) {
            assert.ok(!labels.includes(hidden), `"${hidden}" should be hidden from the liaison: ${labels}`);
        }
        for (const resource of ['agreements', 'spaces', 'agencies', 'buildings']) {
            await new ListPage(page, resource).open();
            await page.getByRole('button', { name: 'Exportar' }).waitFor();
            await expectNoButtons(page, ['Crear']);
        }
        // Only IFREM's agreements are listed.
        await new ListPage(page, 'agreements').open();
        const acronyms = await page.locator('table tbody tr td.column-agencyName').allInnerTexts();
        assert.ok(acronyms.length > 0 && acronyms.every(a => a.trim() === 'IFREM'), `acronyms: ${acronyms}`);
        await page.context().close();
    });

    it("the auditor's pages are read-only: no create, edit or delete anywhere", async () => {
        const api = await Api.login(...USERS.admin);
        const [agreement] = await api.list('agreements', { status: 'active' }, [0, 0]);
        const building = await api.buildingByCode('CSA-TOL');
        const [agency] = await api.list('agencies', {}, [0, 0]);
        const [space] = await api.list('spaces', { buildingId: building.id }, [0, 0]);

        const page = await newPage(browser);
        const shell = await signIn(page, ...USERS.auditor);
        const labels = await shell.menuLabels();
        assert.ok(labels.includes('Bitácora'), `auditor reads the audit trail: ${labels}`);
        assert.ok(!labels.includes('Asignar espacio'));
        assert.ok(!labels.includes('Usuarios'));

        for (const resource of ['agreements', 'spaces', 'agencies', 'buildings', 'audit-events']) {
            await new ListPage(page, resource).open();
            await expectNoButtons(page, ['Crear', 'Eliminar']);
            assert.equal(await page.locator('table tbody input[type=checkbox]').count(), 0, `no bulk selection on ${resource}`);
        }
        const shows = [
            `agreements/${agreement.id}/show`,
            `buildings/${building.id}/show`,
            `agencies/${agency.id}/show`,
            `spaces/${space.id}/show`,
        ];
        for (const path of shows) {
            await page.goto(`${BASE_URL}/#/${path}`);
            await page.locator('.RaShow-main, .RaShow-noActions, [class*=RaShow]').first().waitFor();
            await page.waitForLoadState('networkidle');
            await expectNoButtons(page, ['Editar', 'Eliminar', 'Activar', 'Prorrogar', 'Dar por terminado', 'Asignar espacio']);
        }
        // Typing an edit URL does not give a form either.
        await page.goto(`${BASE_URL}/#/agencies/${agency.id}`);
        await page.waitForLoadState('networkidle');
        assert.equal(await page.getByRole('button', { name: 'Guardar' }).count(), 0);
        await page.context().close();
    });
});
