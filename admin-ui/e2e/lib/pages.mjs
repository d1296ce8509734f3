import assert from 'node:assert/strict';
import { BASE_URL } from './browser.mjs';
import { sessionFor } from './api.mjs';

const SESSION_KEY = 'csa-backoffice.session';

/** Logs in by putting a cached session in localStorage (see api.mjs); returns the shell. */
export async function signIn(page, username, password) {
    const session = await sessionFor(username, password);
    await page.goto(`${BASE_URL}/#/login`);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SESSION_KEY, JSON.stringify(session)]);
    await page.goto(`${BASE_URL}/#/`);
    await page.reload();
    return new AppShell(page).waitReady();
}

/** Page objects: one per screen, named by what the user sees (Spanish accessible names). */

export class LoginPage {
    constructor(page) {
        this.page = page;
    }
    async open() {
        await this.page.goto(`${BASE_URL}/#/login`);
        await this.page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
        return this;
    }
    async login(username, password) {
        await this.page.getByLabel('Usuario').fill(username);
        await this.page.getByLabel('Contraseña', { exact: false }).first().fill(password);
        await this.page.getByRole('button', { name: 'Iniciar sesión' }).click();
        const shell = new AppShell(this.page);
        await shell.waitReady();
        return shell;
    }
}

export class AppShell {
    constructor(page) {
        this.page = page;
    }
    async waitReady() {
        await this.page.getByRole('heading', { name: /Bienvenido\(a\)/ }).waitFor();
        return this;
    }
    menu() {
        return this.page.locator('.RaSidebar-fixed, .MuiDrawer-root').first();
    }
    async menuLabels() {
        await this.menu().getByRole('menuitem').first().waitFor();
        // Give access checks a moment to remove hidden items.
        await this.page.waitForTimeout(300);
        return (await this.menu().getByRole('menuitem').allInnerTexts()).map(t => t.trim());
    }
    async go(hashPath) {
        await this.page.goto(`${BASE_URL}/#${hashPath}`);
    }
    async logout() {
        await this.page.getByRole('button', { name: 'Perfil' }).click();
        await this.page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
        await this.page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
    }
}

export class ListPage {
    constructor(page, resource) {
        this.page = page;
        this.resource = resource;
    }
    async open(query = '') {
        await this.page.goto(`${BASE_URL}/#/${this.resource}${query}`);
        await this.rows().first().waitFor();
        return this;
    }
    rows() {
        return this.page.locator('table tbody tr');
    }
    toolbarButton(name) {
        return this.page.getByRole('link', { name, exact: true }).or(this.page.getByRole('button', { name, exact: true }));
    }
}

export class BuildingPage {
    constructor(page) {
        this.page = page;
    }
    async open(buildingId) {
        await this.page.goto(`${BASE_URL}/#/buildings/${buildingId}/show`);
        await this.plan().waitFor();
        return this;
    }
    plan() {
        return this.page.getByRole('region', { name: /Plano de ocupación de/ });
    }
    tile(code) {
        return this.page.getByRole('button', { name: new RegExp(`^${escapeRe(code)} `) });
    }
    async tileName(code) {
        return this.tile(code).getAttribute('aria-label');
    }
}

export class AssignPage {
    constructor(page) {
        this.page = page;
    }
    async setPeriod(from, to) {
        await this.page.getByLabel('Desde').fill(from);
        await this.page.getByLabel('Hasta').fill(to);
    }
    async search({ minArea } = {}) {
        if (minArea !== undefined) await this.page.getByLabel('Superficie mínima (m²)').fill(String(minArea));
        await this.page.getByRole('button', { name: 'Buscar espacios libres' }).click();
        await this.page.getByText(/^Espacios libres del /).waitFor();
    }
    async select(code) {
        await this.page.getByRole('checkbox', { name: `Seleccionar el espacio ${code}` }).check();
    }
    async chooseAgency(text) {
        await chooseAutocomplete(this.page, 'Unidad usuaria', text);
    }
    async submit() {
        await this.page.getByRole('button', { name: 'Crear convenio' }).click();
    }
}

/** Types into a react-admin AutocompleteInput and picks the first option containing text. */
export async function chooseAutocomplete(page, label, text) {
    const input = page.getByRole('combobox', { name: label });
    await input.click();
    await input.fill(text);
    const option = page.getByRole('option', { name: new RegExp(escapeRe(text)) }).first();
    await option.waitFor();
    await option.click();
}

export async function expectNoButtons(page, names) {
    for (const name of names) {
        const count = await page
            .getByRole('link', { name, exact: true })
            .or(page.getByRole('button', { name, exact: true }))
            .count();
        assert.equal(count, 0, `"${name}" should not be offered on ${page.url()}`);
    }
}

export const escapeRe = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The "Costos compartidos" menu entries, in order. */
export const COST_MENU_LABELS = [
    'Prorrateo',
    'Recibos',
    'Servicios compartidos',
    'Periodos',
    'Cargos',
    'Ajustes',
    'Corridas de prorrateo',
    'Estados de cuenta',
    'Ahorros',
];

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** '2026-10' → 'octubre 2026', as the screens name a period. */
export const periodName = period => `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;

/** Picks the option of a MUI select (TextField select) whose text starts with `text`. */
export async function chooseSelect(page, label, text) {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: new RegExp(`^${escapeRe(text)}`) }).first().click();
    // A CSS locator: while the menu fades out it is aria-hidden, which getByRole already treats as gone.
    await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
}

export class AllocationPage {
    constructor(page) {
        this.page = page;
    }
    async open() {
        await this.page.goto(`${BASE_URL}/#/allocation`);
        await this.page.getByRole('heading', { name: 'Prorrateo', level: 1 }).waitFor();
        return this;
    }
    async choosePeriod(period) {
        await chooseSelect(this.page, 'Periodo', periodName(period));
    }
    async chooseBuilding(code) {
        await chooseSelect(this.page, 'Inmueble (opcional)', code);
    }
    async periodName(period) {
        return periodName(period);
    }
}

export class StatementsPage {
    constructor(page) {
        this.page = page;
    }
    async open() {
        await this.page.goto(`${BASE_URL}/#/statements`);
        await this.page.getByRole('heading', { name: 'Estados de cuenta', level: 1 }).waitFor();
        return this;
    }
    async chooseAgency(acronym) {
        await chooseSelect(this.page, 'Unidad usuaria', acronym);
    }
    async setPeriod(period) {
        await this.page.getByLabel('Periodo', { exact: true }).fill(period);
    }
}
