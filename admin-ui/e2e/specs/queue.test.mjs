import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage } from '../lib/browser.mjs';
import { Api, today, USERS } from '../lib/api.mjs';
import { signIn } from '../lib/pages.mjs';
import { axeViolations, describeViolations, splitViolations } from '../lib/axe.mjs';

/** Speech synthesis recorded instead of spoken, so the test hears what the panel says. */
const RECORD_SPEECH = () => {
    window.__spoken = [];
    const synth = {
        speak(u) {
            window.__spoken.push(u.text);
            setTimeout(() => u.onend?.(), 20);
        },
        getVoices: () => [],
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
};

describe('waiting lines: kiosk, panel, clerk, citizen', () => {
    let browser;
    before(async () => {
        browser = await launch();
    });
    after(async () => browser?.close());

    /** The test owns IFREM's line in CSA Toluca today: nobody ahead of its ticket, its clerk at no counter. */
    const clearLine = async () => {
        const clerk = await Api.login(...USERS.clerk);
        const reception = await Api.login(...USERS.reception);
        const building = await (await Api.login(...USERS.buildingAdmin)).buildingByCode('CSA-TOL');
        for (const status of ['called', 'serving', 'waiting']) {
            for (const t of await clerk.list('tickets', { buildingId: building.id, status, day: today() }, [0, 999])) {
                await reception.request('POST', `/tickets/${t.id}/cancel`);
            }
        }
        for (const c of await clerk.list('counters', { clerkId: clerk.user.id })) await clerk.request('POST', `/counters/${c.id}/sign-out`);
    };

    it('a citizen takes a ticket at the kiosk, hears it called once on the panel, is served at the clerk’s screen and rates it', async () => {
        await clearLine();
        // The panel of the waiting room, with its sound on.
        const panel = await newPage(browser, { width: 1366, height: 768 });
        await panel.addInitScript(RECORD_SPEECH);
        await panel.goto(`${BASE_URL}/turnos/panel/CSA-TOL`);
        await panel.getByRole('button', { name: 'Activar sonido' }).click();

        // The kiosk: sign in as the device, IFREM, a procedure, its requirements, General.
        const kiosk = await newPage(browser, { width: 1080, height: 1500 });
        await kiosk.goto(`${BASE_URL}/turnos/kiosco/CSA-TOL`);
        await kiosk.getByLabel('Usuario del kiosco').fill(USERS.kiosk[0]);
        await kiosk.getByLabel('Contraseña').fill(USERS.kiosk[1]);
        await kiosk.getByRole('button', { name: 'Iniciar' }).click();
        await kiosk.getByRole('button', { name: /^IFREM — / }).click();
        const procedures = kiosk.getByRole('button').filter({ hasNotText: /Volver/ });
        await procedures.first().click();
        await kiosk.getByRole('button', { name: 'Sí, los traigo' }).click();
        const [issued] = await Promise.all([
            kiosk.waitForResponse(r => r.url().endsWith('/api/tickets') && r.request().method() === 'POST'),
            kiosk.getByRole('button', { name: 'General' }).click(),
        ]);
        const ticket = await issued.json();
        assert.equal(issued.status(), 201, JSON.stringify(ticket));
        await kiosk.getByTestId('ticket-code').filter({ hasText: ticket.code }).waitFor();
        await kiosk.getByRole('img', { name: /Código QR/ }).waitFor();

        // The citizen's phone follows it.
        const phone = await newPage(browser, { width: 390, height: 844 });
        await phone.goto(`${BASE_URL}/turnos/t/${ticket.statusToken}`);
        await phone.getByText('En espera').waitFor();

        // The clerk signs in to one of IFREM's counters and calls next.
        const clerk = await newPage(browser);
        await signIn(clerk, ...USERS.clerk);
        await clerk.goto(`${BASE_URL}/#/ventanilla`);
        await clerk.getByLabel('Elija la ventanilla donde atiende').click();
        await clerk.getByRole('option').first().click();
        await clerk.getByRole('button', { name: 'Atender en esta ventanilla' }).click();
        await clerk.getByRole('button', { name: /Llamar siguiente/ }).click();
        await clerk.getByTestId('current-code').filter({ hasText: ticket.code }).waitFor();

        // The panel shows it and says it once; the phone says it is its turn.
        await panel.getByTestId('latest-code').filter({ hasText: ticket.code }).waitFor({ timeout: 5000 });
        await panel.waitForFunction(() => window.__spoken.length > 0);
        await panel.waitForTimeout(1500);
        const spoken = await panel.evaluate(() => window.__spoken);
        assert.equal(spoken.length, 1, JSON.stringify(spoken));
        assert.match(spoken[0], /^Turno [A-Z](?: [A-Z])* \d+, pase a Módulo /);
        await phone.getByText('¡Es su turno!').waitFor({ timeout: 5000 });

        // Served, and rated from the phone.
        await clerk.getByRole('button', { name: 'Iniciar atención' }).click();
        await clerk.getByRole('button', { name: 'Terminar: Atendido' }).click();
        await clerk.getByText('Sin turno en atención').waitFor();
        await phone.getByText('Atención terminada').waitFor({ timeout: 5000 });
        await clerk.getByRole('button', { name: 'Salir de la ventanilla' }).click();
        await clerk.getByRole('button', { name: 'Atender en esta ventanilla' }).waitFor();
        // The fifth star, as a finger taps it (the radio itself is visually hidden).
        const fifth = await phone.getByLabel('5 de 5').getAttribute('id');
        await phone.locator(`label[for="${fifth}"]`).click();
        await phone.getByRole('button', { name: 'Enviar calificación' }).click();
        await phone.getByText('¡Gracias por calificar la atención!').waitFor();

        // The building administrator sees the day's waits; the operations log fills itself from the tickets.
        const admin = await Api.login(...USERS.buildingAdmin);
        const building = await admin.buildingByCode('CSA-TOL');
        const report = await admin.request('GET', `/reports/queue?from=${today()}&to=${today()}&groupBy=service&buildingId=${building.id}`);
        const total = report.rows.find(r => r.isTotal);
        assert.ok(total.served >= 1 && total.ratings >= 1, JSON.stringify(total));
        await admin.request('POST', '/queue/fill-log', { date: today(), buildingId: building.id });
        const [day] = await admin.list('operation-days', { buildingId: building.id, date: today() });
        assert.ok(day && day.procedures >= 1 && day.visitors >= 1, JSON.stringify(day));
        for (const p of [panel, kiosk, phone, clerk]) await p.context().close();
    });

    it('panel, kiosk, status page, clerk, reception and report screens have no critical or serious accessibility violation', async () => {
        await clearLine();
        const check = async (page, name) => {
            await page.waitForLoadState('networkidle');
            const { failing } = splitViolations(await axeViolations(page));
            assert.deepEqual(failing.map(v => v.id), [], `${name}:\n${describeViolations(failing)}`);
        };
        const reception = await Api.login(...USERS.reception);
        const building = await (await Api.login(...USERS.buildingAdmin)).buildingByCode('CSA-TOL');
        const [service] = await reception.list('queue-services', { buildingId: building.id, active: true });
        const ticket = await reception.request('POST', '/tickets', { buildingId: building.id, serviceId: service.id, category: 'preferential' });

        const page = await newPage(browser, { bypassCSP: true });
        await page.goto(`${BASE_URL}/turnos/panel/CSA-TOL`);
        await page.getByRole('button', { name: 'Activar sonido' }).waitFor();
        await check(page, 'panel');
        await page.goto(`${BASE_URL}/turnos/t/${ticket.statusToken}`);
        await page.getByText('En espera').waitFor();
        await check(page, 'status page');
        await page.goto(`${BASE_URL}/turnos/kiosco/CSA-TOL`);
        await page.getByLabel('Usuario del kiosco').waitFor();
        await check(page, 'kiosk sign-in');
        await page.getByLabel('Usuario del kiosco').fill(USERS.kiosk[0]);
        await page.getByLabel('Contraseña').fill(USERS.kiosk[1]);
        await page.getByRole('button', { name: 'Iniciar' }).click();
        await page.getByRole('button', { name: /^IFREM — / }).waitFor();
        await check(page, 'kiosk agencies');

        await signIn(page, ...USERS.clerk);
        await page.goto(`${BASE_URL}/#/ventanilla`);
        await page.getByLabel('Elija la ventanilla donde atiende').waitFor();
        await check(page, 'clerk screen');
        await signIn(page, ...USERS.reception);
        await page.goto(`${BASE_URL}/#/recepcion`);
        await page.getByText(ticket.code).first().waitFor();
        await check(page, 'reception screen');
        await signIn(page, ...USERS.buildingAdmin);
        await page.goto(`${BASE_URL}/#/queue-report`);
        await page.getByRole('table').first().waitFor();
        await check(page, 'queue report');
        await reception.request('POST', `/tickets/${ticket.id}/cancel`);
        await page.context().close();
    });
});
