import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { axeViolations, describeViolations, splitViolations } from '../lib/axe.mjs';
import { USERS, suffix } from '../lib/api.mjs';
import { signIn } from '../lib/pages.mjs';

/** The citizens' pages: real paths, no login, nothing stored in the browser. */
describe('public directory and digital suggestion box', () => {
    let browser;
    before(async () => {
        browser = await launch();
    });
    after(async () => browser?.close());

    const nothingStored = async page => {
        assert.deepEqual(await page.context().cookies(), [], 'no cookies');
        assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, 'nothing in web storage');
    };

    it('a citizen finds which CSA handles a procedure, without accents or login, and loads no back-office code', async () => {
        const page = await newPage(browser, { width: 390, height: 844 });
        const scripts = [];
        const apiCalls = [];
        page.on('request', r => {
            if (r.resourceType() === 'script') scripts.push(r.url());
            if (r.url().includes('/api/')) apiCalls.push(new URL(r.url()).pathname);
        });
        await page.goto(`${BASE_URL}/directorio`);
        await page.getByRole('heading', { level: 1, name: 'Directorio de los Centros de Servicios Administrativos' }).waitFor();
        await page.getByTestId('result-count').filter({ hasText: /centros de servicios/ }).waitFor();
        const all = await page.getByTestId('center').count();
        assert.ok(all >= 7, `every active CSA listed: ${all}`);

        await page.getByRole('searchbox', { name: /Buscar trámite/ }).fill('REPOSICION tarjeta');
        await page.getByRole('button', { name: 'Buscar' }).click();
        const count = page.getByTestId('result-count').filter({ hasText: /ofrecen? «REPOSICION tarjeta»/ });
        await count.waitFor();
        const found = await page.getByTestId('center').count();
        assert.ok(found >= 1 && found < all, `some CSA but not all: ${found} of ${all}`);
        const first = page.getByTestId('center').first();
        // The matching agency is open and shows the procedure with its requirements.
        const procedure = first.locator('details[open] [data-testid="procedure"]').filter({ hasText: 'Reposición de tarjeta de circulación' }).first();
        await procedure.waitFor();
        assert.match(await procedure.innerText(), /Requisitos:/);
        assert.match(await first.innerText(), /Domicilio[\s\S]*Horario[\s\S]*Servicios en el lugar/);
        const box = first.getByRole('link', { name: /Dejar un comentario en el buzón de/ });
        assert.match(await box.getAttribute('href'), /^\/buzon\?csa=CSA-[A-Z]+$/);
        assert.equal(await page.getByRole('link', { name: 'descargar JSON (HSDS)' }).getAttribute('href'), '/api/public/centers/hsds');
        assert.ok(page.url().endsWith('/directorio?q=REPOSICION+tarjeta'), page.url());

        assert.ok(scripts.length > 0 && scripts.every(u => !/\/App-|react-admin|Dashboard-/.test(u)), `no back-office chunks: ${scripts.map(u => u.split('/').pop())}`);
        assert.ok(apiCalls.every(p => p.startsWith('/api/public/')), `only public API calls: ${apiCalls}`);
        await nothingStored(page);
        assert.deepEqual(page.errors.map(e => e.message), []);
        await page.context().close();
    });

    it('the public pages have no critical or serious accessibility violations (axe-core)', async () => {
        const page = await newPage(browser, { bypassCSP: true });
        for (const path of ['/directorio?q=licencia', '/buzon?csa=CSA-TOL']) {
            await page.goto(`${BASE_URL}${path}`);
            await page.getByRole('heading', { level: 1 }).waitFor();
            await page.waitForLoadState('networkidle');
            const { failing, others } = splitViolations(await axeViolations(page));
            if (others.length) console.log(`# ${path}: moderate or minor\n${describeViolations(others)}`);
            assert.deepEqual(failing.map(v => v.id), [], `${path}:\n${describeViolations(failing)}`);
        }
        await page.context().close();
    });

    it('a citizen leaves an anonymous suggestion for CSA-TOL, the building administrator answers it, and the folio shows the answer', async () => {
        // 1. The citizen, on a phone, without logging in.
        const citizen = await newPage(browser, { width: 390, height: 844 });
        await citizen.goto(`${BASE_URL}/buzon?csa=CSA-TOL`);
        await citizen.getByTestId('anonymity').filter({ hasText: 'anónimos y confidenciales' }).waitFor();
        const csa = citizen.getByRole('combobox', { name: /Centro de Servicios Administrativos/ });
        await csa.locator('option[value="CSA-TOL"]').waitFor({ state: 'attached' });
        assert.equal(await csa.inputValue(), 'CSA-TOL');
        // Too short first: the form says so and sends nothing.
        await citizen.getByRole('button', { name: 'Enviar comentario' }).click();
        await citizen.getByText('Elija el tipo de comentario.').waitFor();
        const text = `Prueba e2e ${suffix()}: la ventanilla de licencias atendió rápido y con amabilidad.`;
        await citizen.getByRole('radio', { name: 'Felicitación' }).check();
        await citizen.getByRole('radio', { name: '5 · Excelente' }).check();
        await citizen.getByRole('textbox', { name: /Comentario/ }).fill(text);
        assert.equal(await citizen.getByTestId('counter').innerText(), `${text.length} de 2,000 caracteres`);
        await citizen.getByRole('button', { name: 'Enviar comentario' }).click();
        const folioEl = citizen.getByTestId('folio');
        await folioEl.waitFor();
        const folio = (await folioEl.innerText()).trim();
        assert.match(folio, /^BZ-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
        await nothingStored(citizen);
        // Not answered yet.
        await citizen.getByRole('button', { name: 'Consultar' }).click();
        await citizen.getByTestId('lookup-status').filter({ hasText: 'Recibido' }).waitFor();
        await citizen.getByText('Aún no hay respuesta.', { exact: false }).waitFor();
        await citizen.context().close();

        // 2. The administrator of CSA Toluca finds it in the back office and answers it.
        const admin = await newPage(browser);
        await signIn(admin, ...USERS.buildingAdmin);
        // Only the comments of their buildings (CSA-TOL and CSA-ATL).
        await admin.goto(`${BASE_URL}/#/suggestions`);
        await admin.locator('table tbody tr').first().waitFor();
        const codes = new Set((await admin.locator('table tbody tr td.column-buildingId').allInnerTexts()).map(t => t.trim()));
        assert.ok(codes.size > 0 && [...codes].every(c => c === 'CSA-TOL' || c === 'CSA-ATL'), `scoped: ${[...codes]}`);
        await admin.goto(`${BASE_URL}/#/suggestions?filter=${encodeURIComponent(JSON.stringify({ q: folio }))}`);
        const row = admin.locator('table tbody tr').filter({ hasText: folio });
        await row.waitFor();
        assert.match(await row.innerText(), /CSA-TOL[\s\S]*Felicitación[\s\S]*Nuevo/);
        await row.click();
        await admin.getByText(text).waitFor();
        await admin.getByRole('link', { name: 'Responder' }).or(admin.getByRole('button', { name: 'Responder' })).first().click();
        const answer = 'Gracias por su comentario; lo compartimos con el personal de la ventanilla.';
        await admin.getByRole('textbox', { name: /Respuesta/ }).fill(answer);
        await admin.getByRole('button', { name: 'Guardar' }).click();
        await admin.locator('.MuiChip-root').filter({ hasText: 'Respondido' }).waitFor();
        assert.deepEqual(admin.errors.map(e => e.message), []);
        await admin.context().close();

        // 3. The citizen looks the folio up again: the answer is there.
        const later = await newPage(browser);
        await later.goto(`${BASE_URL}/buzon`);
        await later.getByRole('textbox', { name: 'Folio' }).fill(folio.toLowerCase());
        await later.getByRole('button', { name: 'Consultar' }).click();
        await later.getByTestId('lookup-answer').filter({ hasText: answer }).waitFor();
        assert.equal((await later.getByTestId('lookup-status').innerText()).trim(), 'Respondido');
        await nothingStored(later);
        await later.context().close();
    });
});
