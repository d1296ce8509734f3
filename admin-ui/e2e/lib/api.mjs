import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_URL } from './browser.mjs';

/**
 * The API limits login attempts per address and account (successful ones count too),
 * so the tests log in through the form only where the login itself is under test and
 * otherwise reuse one session per user, cached on disk across the spec files.
 */
const CACHE = join(dirname(fileURLToPath(import.meta.url)), '..', '.artifacts', 'sessions.json');

const readCache = () => {
    try {
        return JSON.parse(readFileSync(CACHE, 'utf8'));
    } catch {
        return {};
    }
};

/** A cached token may come from an earlier server (fresh data directory, other secret): check it once per run. */
const checked = new Map();
async function stillValid(key, session) {
    if (!checked.has(key)) {
        checked.set(
            key,
            fetch(`${BASE_URL}/api/auth/me`, { headers: { Authorization: `Bearer ${session.accessToken}` } })
                .then(res => res.ok)
                .catch(() => false),
        );
    }
    return checked.get(key);
}

export async function sessionFor(username, password) {
    const cache = readCache();
    const key = `${BASE_URL}|${username}`;
    const cached = cache[key];
    if (cached && new Date(cached.expiresAt).getTime() - Date.now() > 5 * 60_000 && (await stillValid(key, cached))) return cached;
    const res = await fetch(`${BASE_URL}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    const session = await res.json();
    mkdirSync(dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify({ ...readCache(), [key]: session }));
    checked.set(key, Promise.resolve(true));
    return session;
}

/** A tiny API client for test setup (creating own data), not for assertions on the UI. */
export class Api {
    static async login(username, password) {
        const session = await sessionFor(username, password);
        return new Api(session.accessToken, session.user);
    }

    constructor(token, user) {
        this.token = token;
        this.user = user;
    }

    async request(method, path, body) {
        const res = await fetch(`${BASE_URL}/api${path}`, {
            method,
            headers: {
                Authorization: `Bearer ${this.token}`,
                ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        const json = text ? JSON.parse(text) : null;
        if (!res.ok) {
            const err = new Error(`${method} ${path}: ${res.status} ${text}`);
            err.status = res.status;
            err.body = json;
            throw err;
        }
        return json;
    }

    list(resource, filter = {}, range = [0, 99]) {
        const q = new URLSearchParams({ filter: JSON.stringify(filter), range: JSON.stringify(range) });
        return this.request('GET', `/${resource}?${q}`);
    }

    async buildingByCode(code) {
        const rows = await this.list('buildings', { q: code });
        const b = rows.find(r => r.code === code);
        if (!b) throw new Error(`Building ${code} not found`);
        return b;
    }
}

export const suffix = () => `${Date.now().toString(36).slice(-4)}${Math.random().toString(36).slice(2, 5)}`.toUpperCase();

/** Today in Mexico City, 'YYYY-MM-DD'. */
export const today = () =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

export const addDays = (date, days) => {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

export const USERS = {
    admin: ['admin', 'demo-admin-2026'],
    buildingAdmin: ['adm.toluca', 'demo-edificio-2026'],
    inspector: ['inspector', 'demo-inspector-2026'],
    finance: ['finanzas', 'demo-finanzas-2026'],
    liaison: ['enlace.ifrem', 'demo-enlace-2026'],
    auditor: ['auditor', 'demo-auditor-2026'],
    clerk: ['ventanilla.ifrem', 'demo-ventanilla-2026'],
    reception: ['recepcion.toluca', 'demo-recepcion-2026'],
    kiosk: ['kiosco.toluca', 'demo-kiosco-2026'],
};

/** Creates a space of its own in a building, so that tests never depend on demo occupancy. */
export async function createTestSpace(api, buildingId, over = {}) {
    const code = `E2E-${suffix()}`;
    return api.request('POST', '/spaces', {
        buildingId,
        code,
        name: `Espacio de prueba ${code}`,
        floor: 9,
        type: 'office',
        usableAreaM2: 18,
        workstations: 2,
        condition: 'available',
        active: true,
        ...over,
    });
}

export async function createTestAgency(api, over = {}) {
    const s = suffix();
    return api.request('POST', '/agencies', {
        name: `Unidad de prueba ${s}`,
        acronym: `T${s}`.slice(0, 10),
        level: 'state',
        active: true,
        ...over,
    });
}
