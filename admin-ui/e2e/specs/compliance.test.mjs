import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { crc32, deflateSync } from 'node:zlib';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { addDays, Api, createTestSpace, suffix, today, USERS } from '../lib/api.mjs';
import { chooseAutocomplete, escapeRe, signIn } from '../lib/pages.mjs';

/** A real PNG (w×h, solid colour) made here, so the test needs no fixture file. */
export function pngFixture(w = 24, h = 16, [r, g, b] = [138, 32, 54]) {
    const chunk = (type, data) => {
        const len = Buffer.alloc(4);
        len.writeUInt32BE(data.length);
        const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
        const crc = Buffer.alloc(4);
        crc.writeUInt32BE(crc32(body) >>> 0);
        return Buffer.concat([len, body, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(w, 0);
    ihdr.writeUInt32BE(h, 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    const raw = Buffer.alloc((w * 3 + 1) * h);
    for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) raw.set([r, g, b], y * (w * 3 + 1) + 1 + x * 3);
    }
    return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk('IHDR', ihdr),
        chunk('IDAT', deflateSync(raw)),
        chunk('IEND', Buffer.alloc(0)),
    ]);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const syncStatus = page => page.getByTestId('sync-status');
const waitSync = (page, status, timeout = 20000) =>
    page.locator(`[data-testid="sync-status"][data-status="${status}"]`).waitFor({ timeout });

/** A checklist of our own with two in-force articles, so the test does not depend on the demo's. */
async function createChecklist(api, name) {
    const articles = await api.list('articles', { inForce: true }, [0, 9]);
    assert.ok(articles.length >= 2, 'the demo has articles in force');
    return api.request('POST', '/checklists', {
        name,
        description: 'Lista de prueba automatizada',
        active: true,
        items: [
            { articleId: articles[0].id, position: 1, question: `¿El extintor está vigente y señalizado? (${name})` },
            { articleId: articles[1].id, position: 2, question: `¿El módulo está limpio y ordenado? (${name})` },
        ],
    });
}

describe('supervision and compliance', () => {
    let browser;
    let admin;
    let inspector;
    let liaison;
    let building;
    before(async () => {
        browser = await launch();
        admin = await Api.login(...USERS.admin);
        inspector = await Api.login(...USERS.inspector);
        liaison = await Api.login(...USERS.liaison);
        building = await admin.buildingByCode(process.env.E2E_BUILDING ?? 'CSA-TOL');
    });
    after(async () => browser?.close());

    it('an inspector records an inspection on a tablet (a failure with a photo, a dropped connection), signs it; the liaison answers the finding; the inspector verifies it', async () => {
        // A space of our own occupied by the liaison's agency from today.
        const agencyId = liaison.user.agencyId;
        assert.ok(agencyId, 'the demo liaison belongs to an agency');
        const space = await createTestSpace(admin, building.id);
        const agreement = await admin.request('POST', '/agreements', {
            buildingId: building.id,
            agencyId,
            spaceIds: [space.id],
            kind: 'comodato',
            startDate: today(),
            endDate: addDays(today(), 365),
            headcount: 2,
        });
        await admin.request('POST', `/agreements/${agreement.id}/activate`);
        const checklistName = `Lista E2E ${suffix()}`;
        const checklist = await createChecklist(inspector, checklistName);
        const [q1, q2] = checklist.items.sort((a, b) => a.position - b.position).map(i => i.question);

        // The inspector, on a tablet in portrait (820 × 1180), creates the inspection.
        const page = await newPage(browser, { width: 820, height: 1180 });
        await signIn(page, ...USERS.inspector);
        await page.goto(`${BASE_URL}/#/inspections/create`);
        await chooseAutocomplete(page, 'Inmueble', building.code);
        await page.getByRole('combobox', { name: 'Tipo de supervisión' }).click();
        await page.getByRole('option', { name: 'Programada' }).click();
        await page.getByRole('combobox', { name: 'Lista de verificación' }).click();
        await page.getByRole('option', { name: checklistName }).click();
        await chooseAutocomplete(page, 'Espacios a supervisar', space.code);
        await page.getByRole('button', { name: 'Guardar' }).click();
        await page.getByRole('link', { name: 'Capturar resultados' }).or(page.getByRole('button', { name: 'Capturar resultados' })).click();

        // One item at a time: the first fails, with a note and a photo from the camera.
        const card = page.getByTestId('item-card');
        await card.getByRole('heading', { name: q1 }).waitFor();
        assert.equal(await page.locator('input[type="file"][capture="environment"]').count(), 0, 'no camera before an outcome');
        await card.getByRole('button', { name: 'No cumple' }).click();
        await card.getByLabel('Nota').fill('Extintor con carga vencida desde 03/2026.');
        const camera = card.locator('input[type="file"][capture="environment"][accept="image/*"]');
        await camera.setInputFiles({ name: 'extintor.png', mimeType: 'image/png', buffer: pngFixture() });
        await card.getByRole('img', { name: 'extintor.png' }).waitFor({ timeout: 20000 });
        await waitSync(page, 'saved');
        assert.match(await syncStatus(page).innerText(), /Guardado/);

        // The connection drops: what is entered (results and photos) stays on the tablet and is sent when it comes back.
        await page.getByRole('button', { name: 'Siguiente', exact: true }).click();
        await card.getByRole('heading', { name: q2 }).waitFor();
        await page.context().setOffline(true);
        await card.getByRole('button', { name: 'No aplica' }).click();
        await waitSync(page, 'offline');
        assert.match(await syncStatus(page).innerText(), /Sin conexión: 1 pendiente/);
        await camera.setInputFiles({ name: 'modulo.png', mimeType: 'image/png', buffer: pngFixture(16, 16, [46, 125, 50]) });
        await card.getByRole('img', { name: 'Fotografía modulo.png, pendiente de enviar' }).waitFor();
        assert.match(await syncStatus(page).innerText(), /2 pendiente/);
        const stored = await page.evaluate(() => Object.keys(localStorage).filter(k => k.startsWith('csa-inspection.') && k.endsWith('.pending')));
        assert.equal(stored.length, 1, 'the pending result is kept in localStorage');
        await page.context().setOffline(false);
        await waitSync(page, 'saved', 40000);
        await card.getByRole('img', { name: 'modulo.png' }).waitFor();

        // The server stops answering and the tablet is reloaded before it could send: nothing is lost.
        const results = '**/api/inspections/*/results';
        await page.route(results, route => (route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue()));
        await card.getByRole('button', { name: 'Cumple', exact: true }).click();
        await waitSync(page, 'offline');
        await page.reload();
        await card.getByRole('heading', { name: q2 }).waitFor();
        assert.equal(await card.getByRole('button', { name: 'Cumple', exact: true }).getAttribute('aria-pressed'), 'true', 'restored from the tablet');
        await waitSync(page, 'offline');
        await page.unroute(results);
        await waitSync(page, 'saved', 40000);

        // A reload shows what the server has.
        await page.reload();
        await card.getByRole('heading', { name: q2 }).waitFor();
        assert.equal(await card.getByRole('button', { name: 'Cumple', exact: true }).getAttribute('aria-pressed'), 'true');
        await page.getByRole('button', { name: 'Anterior' }).click();
        assert.equal(await card.getByRole('button', { name: 'No cumple' }).getAttribute('aria-pressed'), 'true');
        assert.equal(await card.getByLabel('Nota').inputValue(), 'Extintor con carga vencida desde 03/2026.');

        // The dense table shows the same.
        await page.getByRole('button', { name: 'Lista completa' }).click();
        assert.equal(await page.getByTestId('grid-row').count(), 2);

        // Sign-off by the tenant's representative: then read-only, and the act can be downloaded.
        await page.getByRole('button', { name: 'Firmar acta' }).click();
        const dialog = page.getByRole('dialog', { name: /^Firma del acta SUP-/ });
        await dialog.getByLabel('Nombre de quien firma por la unidad usuaria').fill('Lic. Ana María Pérez Gómez');
        await dialog.getByRole('button', { name: 'Firmar acta' }).click();
        await page.getByText('Acta firmada por Lic. Ana María Pérez Gómez').waitFor();
        assert.equal(await page.getByRole('button', { name: 'No cumple' }).first().isDisabled(), true);
        assert.equal(await page.locator('input[type="file"]').count(), 0, 'no more photos after sign-off');
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Acta en PDF' }).click();
        assert.match((await download).suggestedFilename(), /\.pdf$/);
        const inspectionId = page.url().match(/inspections\/([^/]+)\/record/)[1];

        // The liaison sees the finding of its agency and answers it with evidence.
        const [finding] = await liaison.list('findings', { inspectionId });
        assert.ok(finding, 'the failed item opened a finding visible to the liaison');
        assert.equal(finding.agencyId, agencyId);
        const tenant = await newPage(browser, { width: 820, height: 1180 });
        await signIn(tenant, ...USERS.liaison);
        await tenant.goto(`${BASE_URL}/#/findings`);
        await tenant.locator('table tbody tr').first().waitFor();
        // The list opens on the pending findings.
        assert.equal((await tenant.getByRole('combobox', { name: 'Pendientes' }).innerText()).trim(), 'Sí');
        const agencies = await tenant.locator('table tbody tr td:nth-child(3)').allInnerTexts();
        assert.ok(agencies.every(a => a.trim() === finding.agencyAcronym), `the liaison sees only its agency's findings: ${agencies}`);
        await tenant.getByPlaceholder('Buscar').fill(finding.folio);
        // Once the search has answered (a click on a row being replaced is lost).
        await tenant.waitForFunction(folio => {
            const rows = document.querySelectorAll('table tbody tr');
            return rows.length === 1 && rows[0].textContent.includes(folio);
        }, finding.folio);
        await tenant.getByRole('cell', { name: finding.folio }).click();
        await tenant.getByRole('heading', { name: 'Responder el hallazgo' }).waitFor();
        assert.equal(await tenant.getByRole('button', { name: 'Verificar' }).count(), 0);
        await tenant.getByLabel(/Acción realizada/).fill('Se recargó el extintor y se colocó la señalización (prueba automatizada).');
        await tenant.getByLabel('Adjuntar evidencia').setInputFiles({ name: 'recarga-extintor.pdf', mimeType: 'application/pdf', buffer: PDF });
        await tenant.getByRole('button', { name: 'Enviar respuesta' }).click();
        await tenant.getByText('Respuesta enviada').waitFor();
        await tenant.getByText('Respondido').first().waitFor();
        await tenant.getByRole('button', { name: 'recarga-extintor.pdf' }).waitFor();

        // The inspector verifies it.
        await page.goto(`${BASE_URL}/#/findings/${finding.id}/show`);
        await page.getByLabel('Comentario para el historial').fill('Visita de seguimiento programada para mañana.');
        await page.getByRole('button', { name: 'Agregar comentario' }).click();
        await page.getByText('Comentario agregado').waitFor();
        await page.getByTestId('finding-event').filter({ hasText: 'Visita de seguimiento programada para mañana.' }).waitFor();
        await page.getByRole('button', { name: 'Verificar' }).click();
        const verify = page.getByRole('dialog', { name: /^Verificar la respuesta al hallazgo/ });
        await verify.getByLabel(/Observaciones de la verificación/).fill('Se constató la recarga en sitio.');
        await verify.getByRole('button', { name: 'Registrar verificación' }).click();
        await page.getByText('Hallazgo verificado').waitFor();
        await page.getByText('Verificado', { exact: true }).first().waitFor();
        const timeline = (await page.getByTestId('finding-event').allInnerTexts()).join('\n');
        for (const step of ['Hallazgo abierto', 'Respuesta de la unidad usuaria', 'Comentario', 'Verificado por supervisión']) {
            assert.match(timeline, new RegExp(escapeRe(step)), `timeline has "${step}": ${timeline}`);
        }
        assert.deepEqual(page.errors, []);
        assert.deepEqual(tenant.errors, []);
    });

    it("an inspector draws the month's random supervision, draws it again, and approves it", async () => {
        const plans = await inspector.list('supervision-plans', {}, [0, 999]);
        const taken = new Set(plans.map(p => p.period));
        let [y, m] = today().slice(0, 7).split('-').map(Number);
        let period;
        do {
            m += 1;
            if (m > 12) [y, m] = [y + 1, 1];
            period = `${y}-${String(m).padStart(2, '0')}`;
        } while (taken.has(period));
        const checklist = await createChecklist(inspector, `Lista plan E2E ${suffix()}`);

        const page = await newPage(browser);
        await signIn(page, ...USERS.inspector);
        await page.goto(`${BASE_URL}/#/supervision-plans/create`);
        await page.getByRole('textbox', { name: /^Mes/ }).fill(period);
        await page.getByLabel('Semilla del sorteo').fill('12345');
        await page.getByRole('button', { name: 'Guardar' }).click();
        const summary = page.getByTestId('plan-summary');
        await summary.waitFor();
        assert.match(await summary.innerText(), /con la semilla 12345/);
        const entries = page.getByTestId('plan-entry');
        await entries.first().waitFor();
        const first = await entries.allInnerTexts();
        assert.ok(first.length > 0);
        const why = await page.getByRole('columnheader', { name: 'Por qué se sorteó' }).count();
        assert.ok(why > 0, 'each building lists why each space was drawn');

        const regenerate = async seed => {
            const dialog = page.getByRole('dialog', { name: /^Volver a sortear/ });
            await page.getByRole('button', { name: 'Volver a sortear' }).click();
            await dialog.getByLabel('Nueva semilla').fill(String(seed));
            await dialog.getByRole('button', { name: 'Volver a sortear' }).click();
            // Until its exit transition ends, the closing dialog is still "the dialog" (and the page
            // behind it stays hidden from the accessibility tree): the next draw must not find it.
            await dialog.waitFor({ state: 'detached' });
            await page.getByTestId('plan-summary').filter({ hasText: `con la semilla ${seed}` }).waitFor();
            await page.waitForLoadState('networkidle');
            return page.getByTestId('plan-entry').allInnerTexts();
        };
        await regenerate(777);
        assert.deepEqual(await regenerate(12345), first, 'the same seed gives the same draw');

        await page.getByRole('button', { name: 'Aprobar plan' }).click();
        const approve = page.getByRole('dialog', { name: /^Aprobar el plan de/ });
        await approve.getByRole('combobox', { name: 'Lista de verificación' }).click();
        await page.getByRole('option', { name: checklist.name }).click();
        await approve.getByRole('button', { name: 'Aprobar plan' }).click();
        await page.getByText('Plan aprobado: se crearon las supervisiones programadas').waitFor();
        await page.getByText('Aprobado', { exact: true }).first().waitFor();
        assert.equal(await page.getByRole('button', { name: 'Volver a sortear' }).count(), 0, 'an approved plan is read-only');
        await page.getByRole('link', { name: 'Ver la supervisión' }).first().waitFor();

        const plan = (await inspector.list('supervision-plans', { period }))[0] ?? (await inspector.list('supervision-plans', {}, [0, 999])).find(p => p.period === period);
        const created = await inspector.list('inspections', { planId: plan.id });
        const buildings = new Set((await inspector.request('GET', `/supervision-plans/${plan.id}/entries`)).map(e => e.buildingId));
        assert.equal(created.length, buildings.size, 'one planned inspection per building drawn');
        assert.ok(created.every(i => i.type === 'random' && i.status === 'planned' && i.checklistId === checklist.id));
        assert.deepEqual(page.errors, []);
    });
});
