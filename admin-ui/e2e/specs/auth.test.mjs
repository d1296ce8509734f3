import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { suffix, USERS } from '../lib/api.mjs';
import { LoginPage } from '../lib/pages.mjs';

describe('login and logout', () => {
    let browser;
    before(async () => {
        browser = await launch();
    });
    after(async () => browser?.close());

    for (const [role, [username, password]] of Object.entries({ admin: USERS.admin, liaison: USERS.liaison })) {
        it(`${role} (${username}) logs in, sees the dashboard, and logs out`, async () => {
            const page = await newPage(browser);
            const shell = await new LoginPage(page).open().then(p => p.login(username, password));
            assert.match(page.url(), /#\/$/);
            assert.ok(await page.evaluate(() => !!localStorage.getItem('csa-backoffice.session')));
            await shell.logout();
            assert.equal(await page.evaluate(() => localStorage.getItem('csa-backoffice.session')), null);
            // Once logged out, a protected page sends back to the login form.
            for (const path of ['#/agreements', '#/assign', '#/']) {
                await page.goto(page.url().replace(/#.*$/, path));
                await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor({ timeout: 5000 });
            }
            await page.context().close();
        });
    }

    it('a first visit goes to the login form with no refused request and no console error; each answer comes at once', async () => {
        const page = await newPage(browser);
        const refused = [];
        const consoleErrors = [];
        page.on('response', r => { if (r.status() === 401) refused.push(r.url()); });
        page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
        await page.goto(`${BASE_URL}/`);
        await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
        await page.waitForLoadState('networkidle');
        assert.deepEqual({ refused, consoleErrors, errors: page.errors.map(String) }, { refused: [], consoleErrors: [], errors: [] });
        assert.equal(await page.getByText('Inicie sesión para continuar').count(), 0);

        // A wrong password is answered within a couple of seconds, not behind an earlier toast.
        await page.getByLabel('Usuario').fill(`nadie.${suffix().toLowerCase()}`);
        await page.getByLabel('Contraseña').first().fill('no-es-la-contraseña');
        await page.getByRole('button', { name: 'Iniciar sesión' }).click();
        await page.getByText('Usuario o contraseña incorrectos.').waitFor({ timeout: 3000 });

        // A good login lands on the dashboard with no toast about logging in and nothing refused.
        refused.length = 0;
        consoleErrors.length = 0;
        const [username, password] = USERS.admin;
        await new LoginPage(page).login(username, password);
        await page.waitForLoadState('networkidle');
        assert.equal(await page.getByText('Inicie sesión para continuar').count(), 0);
        assert.equal(await page.getByText('Usuario o contraseña incorrectos.').count(), 0, 'the wrong-password toast is gone once logged in');
        assert.deepEqual({ refused, consoleErrors, errors: page.errors.map(String) }, { refused: [], consoleErrors: [], errors: [] });
        await page.context().close();
    });

    it('refuses a wrong password with a message in Spanish', async () => {
        const page = await newPage(browser);
        const login = await new LoginPage(page).open();
        // An account of its own, so that the API's attempt limit never blocks the demo users.
        await page.getByLabel('Usuario').fill(`nadie.${suffix().toLowerCase()}`);
        await page.getByLabel('Contraseña').first().fill('no-es-la-contraseña');
        await page.getByRole('button', { name: 'Iniciar sesión' }).click();
        await page.getByText('Usuario o contraseña incorrectos.').waitFor();
        assert.ok(login);
        await page.context().close();
    });
});
