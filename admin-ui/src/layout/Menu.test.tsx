import { visibleCostEntries } from './Menu';

const names = (p: Record<string, string[]>) =>
    visibleCostEntries(p).map(e => ('resource' in e ? e.resource : e.to));

describe('the shared-costs menu', () => {
    it('offers an agency liaison only its charges and statements', () => {
        // The matrix the API sends an agency liaison (src/auth/permissions.ts).
        expect(
            names({ charges: ['read'], adjustments: ['read'], statements: ['read'], periods: [], savings: [], 'allocation-runs': [], 'utility-bills': [], 'utility-services': [] }),
        ).toEqual(['charges', '/statements']);
    });

    it('offers finance every entry', () => {
        const all = ['utility-services', 'utility-bills', 'periods', 'allocation-runs', 'charges', 'adjustments', 'statements', 'savings'];
        expect(names(Object.fromEntries(all.map(r => [r, ['read']])))).toEqual([
            '/allocation',
            'utility-bills',
            'utility-services',
            'periods',
            'charges',
            'adjustments',
            'allocation-runs',
            '/statements',
            '/savings',
        ]);
    });

    it('offers nothing to an inspector', () => {
        expect(names({ buildings: ['read'] })).toEqual([]);
    });
});
