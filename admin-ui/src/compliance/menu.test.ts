import { visibleComplianceEntries } from '../layout/Menu';

const names = (p: Record<string, string[]>) => visibleComplianceEntries(p).map(e => ('resource' in e ? e.resource : e.to));
const read = (...resources: string[]) => Object.fromEntries(resources.map(r => [r, ['read']]));

describe('the "Supervisión y cumplimiento" menu', () => {
    it('offers an inspector the whole group, scorecards first', () => {
        expect(names(read('compliance', 'supervision-plans', 'inspections', 'findings', 'checklists', 'regulations', 'articles'))).toEqual([
            '/compliance',
            'supervision-plans',
            'inspections',
            'findings',
            'checklists',
            'regulations',
            'articles',
        ]);
    });

    it('offers an agency liaison its findings and the rules, nothing of the supervision itself', () => {
        // The matrix the API sends a liaison (src/auth/permissions.ts).
        expect(
            names({ findings: ['read', 'update'], regulations: ['read'], articles: ['read'], compliance: [], inspections: [], checklists: [], 'supervision-plans': [] }),
        ).toEqual(['findings', 'regulations', 'articles']);
    });

    it('offers nothing without permissions', () => {
        expect(names({})).toEqual([]);
    });
});
