import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const AXE_PATH = join(dirname(require.resolve('axe-core')), 'axe.min.js');

/**
 * Waits until no transition or finite animation runs (spinners loop forever and are left
 * alone): axe measures a menu or dialog that is still fading as low-contrast text.
 */
async function settle(page) {
    await page
        .waitForFunction(
            () => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
            undefined,
            { timeout: 5000 },
        )
        .catch(() => {});
}

/** Runs axe-core on the current page, once it has settled; returns its violations. */
export async function axeViolations(page) {
    await settle(page);
    const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
    if (!hasAxe) await page.addScriptTag({ path: AXE_PATH });
    const result = await page.evaluate(async () =>
        window.axe.run(document, { resultTypes: ['violations'] }),
    );
    return result.violations;
}

export const describeViolations = violations =>
    violations
        .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | ')})`)
        .join('\n');

/** Impacts that fail a test; moderate and minor findings are only printed. */
export const FAILING_IMPACTS = ['critical', 'serious'];

/** The violations that fail a test (critical and serious) and the others. */
export const splitViolations = violations => ({
    failing: violations.filter(v => FAILING_IMPACTS.includes(v.impact)),
    others: violations.filter(v => !FAILING_IMPACTS.includes(v.impact)),
});
