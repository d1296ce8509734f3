import { visibleOperationEntries } from '../layout/Menu';

const operationNames = (p: Record<string, string[]>) => visibleOperationEntries(p).map(e => ('resource' in e ? e.resource : e.to));

describe('the operations menu', () => {
    it('offers a building administrator every entry', () => {
        expect(operationNames({ operations: ['read'], calendar: ['read'], agencies: ['read'], suggestions: ['read', 'update'] })).toEqual([
            '/operation-indicator',
            '/attendance',
            'operation-days',
            '/calendar',
            'procedures',
            'suggestions',
            '/suggestion-stats',
        ]);
    });

    it('offers an agency liaison the calendar and the procedures only', () => {
        expect(operationNames({ operations: [], calendar: ['read'], agencies: ['read'], suggestions: [] })).toEqual(['/calendar', 'procedures']);
    });
});
