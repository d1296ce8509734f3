import { centers } from './fixtures';
import { matches, viewOf } from './search';

describe('the directory search on screen', () => {
    it('ignores case and accents, and needs every word', () => {
        expect(matches('LICENCIA conducir', 'Licencia de conducir tipo A')).toBe(true);
        expect(matches('reposicion', 'Reposición de tarjeta')).toBe(true);
        expect(matches('licencia moto', 'Licencia de conducir tipo A')).toBe(false);
        expect(matches('   ', 'cualquier cosa')).toBe(false);
    });

    it('opens the agencies the API found, with the matching procedures first', () => {
        // The API answers 'licencia' with Toluca and only its agency that handles it.
        const view = viewOf({ ...centers[0], agencies: [centers[0].agencies[0]] }, 'licencia');
        expect(view.map(v => [v.agency.acronym, v.highlighted])).toEqual([['SEMOV-LIC', true]]);
        expect(view[0].procedures.map(p => p.id)).toEqual(['p-2', 'p-1']);
    });

    it('opens every agency the API returned for a centre that does not match by itself', () => {
        // e.g. a procedure found by its keywords, which the directory does not show
        const view = viewOf({ ...centers[0], agencies: [centers[0].agencies[1]] }, 'acta matrimonio');
        expect(view.map(v => v.highlighted)).toEqual([true]);
    });

    it('keeps every agency closed without a search, or when the centre itself matched', () => {
        expect(viewOf(centers[0], '').map(v => v.highlighted)).toEqual([false, false]);
        expect(viewOf(centers[0], 'toluca').map(v => v.highlighted)).toEqual([false, false]);
    });
});
