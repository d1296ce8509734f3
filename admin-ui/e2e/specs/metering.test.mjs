import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage } from '../lib/browser.mjs';
import { Api, suffix, USERS } from '../lib/api.mjs';
import { signIn } from '../lib/pages.mjs';

/** Screens over APIs that had none: the meters that split electricity by sub-meter, and the DGRM's settings. */
describe('meters and general settings', () => {
    let browser;
    let admin;
    before(async () => {
        browser = await launch();
        admin = await Api.login(...USERS.admin);
    });
    after(async () => browser?.close());

    it('finance registers a sub-meter of a space through the form, finds it in the list, and deactivates it', async () => {
        const finance = await Api.login(...USERS.finance);
        const building = await finance.buildingByCode('CSA-TOL');
        const [service] = await finance.list('utility-services', { buildingId: building.id, kind: 'electricity' });
        assert.ok(service, 'the demo has an electricity service at CSA-TOL');
        const [space] = await finance.list('spaces', { buildingId: building.id }, [0, 0]);
        const code = `SM-${suffix()}`;

        const page = await newPage(browser);
        await signIn(page, ...USERS.finance);
        await page.getByRole('menuitem', { name: 'Medidores' }).click();
        await page.getByRole('link', { name: 'Crear' }).click();
        await page.waitForURL(/#\/meters\/create/);
        await page.getByRole('combobox', { name: 'Servicio' }).fill(service.name);
        await page.getByRole('option', { name: new RegExp(`CSA-TOL · ${service.name}`) }).first().click();
        await page.getByLabel('Clave del medidor').fill(code);
        await page.getByRole('combobox', { name: 'Espacio que mide' }).fill(space.code);
        await page.getByRole('option', { name: space.code, exact: true }).click();
        await page.getByRole('button', { name: 'Guardar' }).click();
        await page.getByText('Registro creado').waitFor();

        const [saved] = await finance.list('meters', { q: code });
        assert.deepEqual(
            { code: saved.code, kind: saved.kind, serviceId: saved.serviceId, spaceId: saved.spaceId, active: saved.active },
            { code, kind: 'sub', serviceId: service.id, spaceId: space.id, active: true },
        );
        // The list shows it with its building, service and space; a click opens its form.
        await page.getByPlaceholder('Buscar').fill(code);
        const row = page.getByRole('row').filter({ hasText: code });
        await row.waitFor();
        assert.match(await row.innerText(), new RegExp(`CSA-TOL[\\s\\S]*${service.name}[\\s\\S]*${code}[\\s\\S]*Submedidor[\\s\\S]*${space.code}`));
        await row.click();
        await page.waitForURL(/#\/meters\/[0-9a-f-]{36}$/);
        await page.locator('input[name="active"]').uncheck();
        await page.getByRole('button', { name: 'Guardar' }).click();
        await page.getByText('Registro actualizado').waitFor();
        assert.equal((await finance.request('GET', `/meters/${saved.id}`)).active, false);
        assert.deepEqual(page.errors.map(String), []);
        await finance.request('DELETE', `/meters/${saved.id}`);
        await page.context().close();
    });

    it('finance types a month of readings for a building in one grid and saves them together', async () => {
        const finance = await Api.login(...USERS.finance);
        const building = await finance.buildingByCode('CSA-NEZ');
        const meters = (await finance.list('meters', { buildingId: building.id, active: true }, [0, 999])).sort((a, b) => a.code.localeCompare(b.code));
        assert.ok(meters.length >= 2, `CSA-NEZ has active meters: ${meters.length}`);
        // A period far ahead, that no demo reading or closing touches.
        const period = `2079-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}`;
        const [a, b] = meters;

        const page = await newPage(browser);
        await signIn(page, ...USERS.finance);
        await page.getByRole('menuitem', { name: 'Lecturas del mes' }).click();
        await page.locator('#readings-building').click();
        await page.getByRole('option', { name: 'CSA-NEZ' }).click();
        await page.locator('#readings-period').fill(period);
        const grid = page.getByRole('table', { name: 'Lecturas del mes' });
        await grid.waitFor();
        assert.equal(await grid.locator('tbody tr').count(), meters.length);
        const field = m => page.getByLabel(`Lectura del periodo ${m.code}`);
        await field(a).fill('12a');
        await page.getByText('Número con hasta tres decimales').waitFor();
        assert.ok(await page.getByRole('button', { name: 'Guardar lecturas' }).isDisabled());
        await field(a).fill('1500.125');
        await field(b).fill('987');
        await page.getByRole('button', { name: 'Guardar lecturas' }).click();
        await page.getByText('Lecturas guardadas: 2 nuevas, 0 cambiadas, 0 sin cambio.').waitFor();
        const saved = await finance.list('meter-readings', { buildingId: building.id, period }, [0, 999]);
        assert.deepEqual(
            saved.map(r => [r.meterId, r.reading]).sort(),
            [[a.id, 1500.125], [b.id, 987]].sort(),
        );
        // What is stored shows in the grid; a file fills the grid (nothing saved yet) and names what it cannot use.
        assert.equal(await field(a).inputValue(), '1500.125');
        const csv = `medidor;lectura\n${a.code.toLowerCase()};1500,125\n${b.code};990\nNO-EXISTE;5\n`;
        await page.getByTestId('readings-file').setInputFiles({ name: 'lecturas.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
        await page.getByText('Se llenaron 2 lecturas desde el archivo: revíselas y guarde.').waitFor();
        await page.getByText('El medidor NO-EXISTE no es un medidor activo de este inmueble').waitFor();
        assert.equal(await field(b).inputValue(), '990');
        assert.deepEqual((await finance.list('meter-readings', { meterId: b.id, period })).map(r => r.reading), [987]);
        // Saving sends only what changed.
        await page.getByRole('button', { name: 'Guardar lecturas' }).click();
        await page.getByText('Lecturas guardadas: 0 nuevas, 1 cambiadas, 0 sin cambio.').waitFor();
        assert.deepEqual((await finance.list('meter-readings', { meterId: b.id, period })).map(r => r.reading), [990]);
        assert.deepEqual(page.errors.map(String), []);
        for (const r of saved) await finance.request('DELETE', `/meter-readings/${r.id}`);
        await page.context().close();
    });

    it('the administrator changes a setting from its screen; a value out of bounds is refused on the field', async () => {
        const before = await admin.request('GET', '/settings');
        const page = await newPage(browser);
        await signIn(page, ...USERS.admin);
        try {
            await page.getByRole('menuitem', { name: 'Parámetros generales' }).click();
            const field = page.getByLabel('Llamadas generales antes de un turno preferente');
            assert.equal(await field.inputValue(), String(before.preferentialEvery));
            await field.fill('0');
            await page.getByRole('button', { name: 'Guardar' }).click();
            await page.getByText(/Debe ser al menos 1/).waitFor();
            const next = before.preferentialEvery === 3 ? 4 : 3;
            await field.fill(String(next));
            await page.getByRole('button', { name: 'Guardar' }).click();
            await page.getByText('Parámetros guardados').waitFor();
            const after = await admin.request('GET', '/settings');
            assert.deepEqual(after, { ...before, preferentialEvery: next });
            // The change is in the audit trail.
            const [event] = await admin.list('audit-events', { resource: 'settings' }, [0, 0]);
            assert.equal(event?.action, 'update');
            assert.deepEqual(page.errors.map(String), []);
        } finally {
            await admin.request('PUT', '/settings', { preferentialEvery: before.preferentialEvery });
            await page.context().close();
        }
    });

    it('other roles read the settings without a menu entry or a way to change them', async () => {
        const page = await newPage(browser);
        await signIn(page, ...USERS.finance);
        assert.equal(await page.getByRole('menuitem', { name: 'Parámetros generales' }).count(), 0);
        await page.goto(page.url().replace(/#.*$/, '#/settings'));
        await page.getByText('Sólo la administración de la DGRM cambia estos valores.').waitFor();
        assert.equal(await page.getByRole('button', { name: 'Guardar' }).count(), 0);
        assert.ok(await page.getByLabel('Superficie máxima por persona (m²)').isDisabled());
        await page.context().close();
    });
});
