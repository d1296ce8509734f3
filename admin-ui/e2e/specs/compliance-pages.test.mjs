import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { axeViolations, describeViolations, splitViolations } from '../lib/axe.mjs';
import { Api, suffix, today, USERS } from '../lib/api.mjs';
import { escapeRe, expectNoButtons, signIn } from '../lib/pages.mjs';

describe('compliance pages: menu, catalogue, scorecards and accessibility', () => {
    let browser;
    let admin;
    before(async () => {
        browser = await launch();
        admin = await Api.login(...USERS.admin);
    });
    after(async () => browser?.close());

    const menuLabels = async page => {
        await page.locator('[data-compliance-menu]').first().waitFor();
        await page.waitForTimeout(300);
        return (await page.locator('[data-compliance-menu]').allInnerTexts()).map(t => t.trim());
    };

    it('offers each role its part of "Supervisión y cumplimiento"', async () => {
        const page = await newPage(browser);
        await signIn(page, ...USERS.inspector);
        assert.deepEqual(await menuLabels(page), [
            'Indicadores de cumplimiento',
            'Planes de supervisión',
            'Supervisiones',
            'Hallazgos y acciones correctivas',
            'Listas de verificación',
            'Reglamento y normas',
            'Artículos',
        ]);
        const tenant = await newPage(browser);
        await signIn(tenant, ...USERS.liaison);
        assert.deepEqual(await menuLabels(tenant), ['Hallazgos y acciones correctivas', 'Reglamento y normas', 'Artículos']);
    });

    it('shows the Reglamento with its articles, filtered by severity, with the illustrative badge', async () => {
        const page = await newPage(browser);
        await signIn(page, ...USERS.auditor);
        await page.goto(`${BASE_URL}/#/regulations`);
        await page.getByRole('cell', { name: 'REGLAMENTO-2015' }).click();
        await page.getByRole('heading', { name: 'Artículos' }).waitFor();
        await page.locator('table tbody tr').first().waitFor();
        const [reglamento] = (await admin.list('regulations', { q: 'REGLAMENTO-2015' })).filter(r => r.code === 'REGLAMENTO-2015');
        assert.ok(reglamento, 'the demo ships the Reglamento Interno of 2015');
        assert.equal(await page.getByText('Texto ilustrativo').first().isVisible(), !!reglamento.illustrative, 'the illustrative badge follows the record');
        await page.goto(`${BASE_URL}/#/articles?filter=${encodeURIComponent(JSON.stringify({ severity: 'critical' }))}`);
        await page.locator('table tbody tr').first().waitFor();
        const severities = await page.locator('table tbody tr td:nth-child(5)').allInnerTexts();
        assert.ok(severities.length > 0 && severities.every(s => s.trim() === 'Crítica'), `severities: ${severities}`);
    });

    it('an inspector writes a checklist whose ordered items point to articles', async () => {
        const articles = await admin.list('articles', { inForce: true }, [0, 1]);
        const name = `Lista de verificación UI ${suffix()}`;
        const page = await newPage(browser);
        await signIn(page, ...USERS.inspector);
        await page.goto(`${BASE_URL}/#/checklists/create`);
        await page.getByRole('textbox', { name: /^Nombre/ }).fill(name);
        for (const [i, article] of articles.entries()) {
            await page.getByRole('button', { name: 'Agregar' }).click();
            const input = page.getByRole('combobox', { name: /^Artículo/ }).nth(i);
            await input.click();
            await input.fill(article.number);
            await page.getByRole('option', { name: new RegExp(`art\\. ${escapeRe(article.number)} · `) }).first().click();
            await page.getByRole('textbox', { name: /^Pregunta/ }).nth(i).fill(`¿Se cumple el artículo ${article.number}? (${i + 1})`);
        }
        await page.getByRole('button', { name: 'Guardar' }).click();
        const items = page.getByRole('table', { name: 'Reactivos' });
        await items.waitFor();
        const rows = await items.locator('tbody tr').allInnerTexts();
        assert.equal(rows.length, 2);
        assert.match(rows[0], /^1\s+¿Se cumple el artículo .+\? \(1\)/);
        assert.match(rows[1], /^2\s+¿Se cumple el artículo .+\? \(2\)/);
        assert.deepEqual(page.errors, []);
    });

    it('shows the DGRM the compliance by building (ranking) and by agency, with the trend, and exports it', async () => {
        const page = await newPage(browser);
        await signIn(page, ...USERS.admin);
        await page.goto(`${BASE_URL}/#/compliance`);
        const table = page.getByRole('table', { name: 'Clasificación de inmuebles' });
        await table.locator('tbody tr').first().waitFor();
        const ranks = (await table.locator('tbody tr td:first-child').allInnerTexts()).map(Number);
        assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'buildings in ranking order');
        await page.getByTestId('compliance-trend').locator('.recharts-line').first().waitFor({ state: 'attached' });
        await page.getByRole('button', { name: 'Por unidad usuaria' }).click();
        await page.getByRole('table', { name: 'Cumplimiento por unidad usuaria' }).locator('tbody tr').first().waitFor();
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Exportar a Excel' }).click();
        assert.match((await download).suggestedFilename(), /\.xlsx$/);
        assert.deepEqual(page.errors, []);
    });

    it('an inspector plans the follow-up inspection of an answered finding from the finding itself', async () => {
        const [finding] = await admin.list('findings', { status: 'answered' }, [0, 0]);
        const page = await newPage(browser);
        await signIn(page, ...USERS.inspector);
        await page.goto(`${BASE_URL}/#/findings/${finding.id}/show`);
        await page.getByRole('link', { name: 'Programar seguimiento' }).click();
        await page.getByRole('button', { name: 'Guardar' }).waitFor();
        assert.match(await page.getByRole('combobox', { name: /^Tipo de supervisión/ }).innerText(), /De seguimiento/);
        // The pickers show their choice once the referenced records are loaded.
        const shows = async (name, expected) => {
            const input = page.getByRole('combobox', { name });
            for (let i = 0; i < 50 && (await input.inputValue().catch(() => '')) !== expected; i++) await page.waitForTimeout(200);
            assert.equal(await input.inputValue(), expected);
        };
        await shows(/^Seguimiento de/, finding.inspectionFolio);
        await shows(/^Inmueble/, finding.buildingCode);
    });

    it('gives the auditor the supervision to read, never to change', async () => {
        // A planned inspection of our own: the demo's may all be signed.
        const inspector = await Api.login(...USERS.inspector);
        const building = await admin.buildingByCode('CSA-TOL');
        const [checklist] = await admin.list('checklists', { active: true }, [0, 0]);
        const [space] = await admin.list('spaces', { buildingId: building.id }, [0, 0]);
        const inspection = await inspector.request('POST', '/inspections', {
            buildingId: building.id,
            type: 'scheduled',
            inspectorId: inspector.user.id,
            checklistId: checklist.id,
            plannedOn: today(),
            spaceIds: [space.id],
        });
        const [finding] = await admin.list('findings', { status: 'answered' }, [0, 0]);
        const page = await newPage(browser);
        await signIn(page, ...USERS.auditor);
        await page.goto(`${BASE_URL}/#/inspections/${inspection.id}/show`);
        await page.getByRole('tab').first().waitFor();
        await page.waitForLoadState('networkidle');
        await expectNoButtons(page, ['Capturar resultados', 'Firmar acta', 'Editar', 'Crear']);
        await page.goto(`${BASE_URL}/#/inspections/${inspection.id}/record`);
        await page.getByText('Su perfil no tiene permiso para consultar esta página.').waitFor();
        assert.equal(await page.getByRole('button', { name: 'No cumple' }).count(), 0);
        await page.goto(`${BASE_URL}/#/findings/${finding.id}/show`);
        await page.getByRole('heading', { name: 'Historial' }).waitFor();
        await page.waitForLoadState('networkidle');
        await expectNoButtons(page, ['Verificar', 'Dispensar', 'Iniciar atención', 'Enviar respuesta', 'Editar']);
        await page.goto(`${BASE_URL}/#/supervision-plans`);
        await page.locator('table tbody tr').first().waitFor();
        await expectNoButtons(page, ['Sortear un mes']);
    });

    describe('accessibility (axe-core): no critical or serious violations', () => {
        let page;
        let ids;
        before(async () => {
            const [regulation] = await admin.list('regulations', {}, [0, 0]);
            const [article] = await admin.list('articles', {}, [0, 0]);
            const [checklist] = await admin.list('checklists', {}, [0, 0]);
            const [plan] = await admin.list('supervision-plans', {}, [0, 0]);
            const [inspection] = await admin.list('inspections', { status: 'signed' }, [0, 0]);
            const [finding] = await admin.list('findings', {}, [0, 0]);
            ids = { regulation, article, checklist, plan, inspection, finding };
            page = await newPage(browser, { bypassCSP: true, width: 1024, height: 1366 });
            await signIn(page, ...USERS.admin);
        });

        const check = async name => {
            await page.waitForLoadState('networkidle');
            const { failing, others } = splitViolations(await axeViolations(page));
            if (others.length) console.log(`# ${name}: moderate or minor\n${describeViolations(others)}`);
            assert.deepEqual(failing.map(v => v.id), [], `${name}:\n${describeViolations(failing)}`);
        };
        const visit = async (path, ready) => {
            await page.goto(`${BASE_URL}/#${path}`);
            await ready();
        };

        it('regulations and articles', async () => {
            await visit('/regulations', () => page.locator('table tbody tr').first().waitFor());
            await check('regulations list');
            await visit(`/regulations/${ids.regulation.id}/show`, () => page.getByRole('heading', { name: 'Artículos' }).waitFor());
            await check('regulation show');
            await visit(`/articles/${ids.article.id}/show`, () => page.getByText(ids.article.title).first().waitFor());
            await check('article show');
        });
        it('checklists', async () => {
            await visit(`/checklists/${ids.checklist.id}/show`, () => page.getByRole('table', { name: 'Reactivos' }).waitFor());
            await check('checklist show');
            await visit(`/checklists/${ids.checklist.id}`, () => page.getByRole('button', { name: 'Guardar' }).waitFor());
            await check('checklist edit');
        });
        it('monthly plan', async () => {
            await visit('/supervision-plans', () => page.locator('table tbody tr').first().waitFor());
            await check('plans list');
            await visit(`/supervision-plans/${ids.plan.id}/show`, () => page.getByTestId('plan-entry').first().waitFor());
            await check('plan show');
        });
        it('inspections and the tablet screen', async () => {
            await visit('/inspections', () => page.locator('table tbody tr').first().waitFor());
            await check('inspections list');
            await visit(`/inspections/${ids.inspection.id}/show`, () => page.getByRole('tab').first().waitFor());
            await check('inspection show');
            await visit(`/inspections/${ids.inspection.id}/record`, () => page.getByTestId('item-card').waitFor());
            await check('inspection record (one at a time)');
            await page.getByRole('button', { name: 'Lista completa' }).click();
            await page.getByTestId('grid-row').first().waitFor();
            await check('inspection record (table)');
            await visit('/inspections/create', () => page.getByRole('button', { name: 'Guardar' }).waitFor());
            await check('inspection create');
        });
        it('findings', async () => {
            await visit('/findings', () => page.locator('table tbody tr').first().waitFor());
            await check('findings list');
            await visit(`/findings/${ids.finding.id}/show`, () => page.getByRole('heading', { name: 'Historial' }).waitFor());
            await check('finding show');
        });
        it("the liaison's answer form", async () => {
            const liaison = await Api.login(...USERS.liaison);
            const findings = await Promise.all(['open', 'in_progress', 'overdue'].map(status => liaison.list('findings', { status }, [0, 0])));
            const open = findings.flat()[0];
            assert.ok(open, 'the liaison has a finding to answer in the demo');
            const tenant = await newPage(browser, { bypassCSP: true, width: 820, height: 1180 });
            await signIn(tenant, ...USERS.liaison);
            await tenant.goto(`${BASE_URL}/#/findings/${open.id}/show`);
            await tenant.getByRole('heading', { name: 'Responder el hallazgo' }).waitFor();
            await tenant.waitForLoadState('networkidle');
            const { failing, others } = splitViolations(await axeViolations(tenant));
            if (others.length) console.log(`# liaison's answer form: moderate or minor\n${describeViolations(others)}`);
            assert.deepEqual(failing.map(v => v.id), [], describeViolations(failing));
            await tenant.context().close();
        });
        it('scorecards', async () => {
            await visit('/compliance', () => page.getByTestId('compliance-trend').locator('.recharts-line').first().waitFor({ state: 'attached' }));
            await check('scorecards');
        });
    });
});
