import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** Fails loudly when Debian's chromium is not installed (never downloads a browser). */
export function assertChromium() {
    if (!existsSync(CHROMIUM)) {
        const message = 'Chromium no encontrado: instálelo con  apt-get install -y chromium';
        console.error(message);
        throw new Error(message);
    }
}

export async function launch() {
    assertChromium();
    return chromium.launch({
        executablePath: CHROMIUM,
        args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            // Native date inputs follow the browser's language: dd/mm/aaaa as in a Mexican desktop.
            '--lang=es-MX',
        ],
        env: { ...process.env, LANG: 'es_MX.UTF-8', LANGUAGE: 'es_MX:es' },
    });
}

/** A fresh context (own localStorage) per test, Spanish, Mexico City, tablet-ish size. */
export async function newPage(browser, { width = 1366, height = 900, bypassCSP = false } = {}) {
    const context = await browser.newContext({
        // Only the accessibility scan needs it: axe is injected as a script tag.
        bypassCSP,
        locale: 'es-MX',
        timezoneId: 'America/Mexico_City',
        viewport: { width, height },
    });
    context.setDefaultTimeout(Number(process.env.E2E_TIMEOUT ?? 15000));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(e));
    page.errors = errors;
    return page;
}
