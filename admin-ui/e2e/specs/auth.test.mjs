import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage } from '../lib/browser.mjs';
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
