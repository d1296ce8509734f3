import type { Suggestion } from '../operations/types';
import { transform } from './SuggestionEdit';

const base = { id: 's1', folio: 'BZ-1', buildingId: 'b', category: 'complaint', rating: 2, text: 'x', createdOn: '2026-11-20' } as Suggestion;

describe('what an answer sends', () => {
    it('lets the API mark an answered comment as answered', () => {
        expect(transform({ ...base, status: 'in_review', priority: 'high', answer: '  Gracias, ya se atendió.  ' })).toEqual({
            priority: 'high',
            answer: 'Gracias, ya se atendió.',
        });
    });

    it('keeps a triage status without answer, and closing with an answer', () => {
        expect(transform({ ...base, status: 'in_review', priority: 'normal', answer: '' })).toEqual({ priority: 'normal', status: 'in_review' });
        expect(transform({ ...base, status: 'closed', priority: 'low', answer: 'Listo' })).toEqual({ priority: 'low', status: 'closed', answer: 'Listo' });
    });
});
