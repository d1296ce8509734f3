import { act, renderHook, waitFor } from '@testing-library/react';
import { complianceApi } from '../compliance/api';
import type { InspectionResult } from '../compliance/types';
import { storageKey } from './resultQueue';
import { useInspectionSync } from './useInspectionSync';

const row = (over: Partial<InspectionResult>): InspectionResult => ({
    id: `r-${over.itemId}-${over.spaceId}`,
    itemId: 'i1',
    spaceId: 's1',
    outcome: 'complies',
    note: null,
    photos: [],
    ...over,
});

describe('useInspectionSync (a tablet on a bad connection)', () => {
    beforeEach(() => localStorage.clear());
    afterEach(() => vi.restoreAllMocks());

    it('keeps what was entered while the line is down, retries, and reports "guardado" once the server has it', async () => {
        vi.spyOn(complianceApi, 'results').mockResolvedValue([]);
        const put = vi
            .spyOn(complianceApi, 'putResults')
            .mockRejectedValueOnce(new TypeError('Failed to fetch'))
            .mockImplementation(async (_id, batch) => batch.map(b => row({ ...b, note: b.note ?? null })));
        const { result } = renderHook(() => useInspectionSync('insp-7'));
        await waitFor(() => expect(result.current.loading).toBe(false));

        act(() => result.current.setOutcome('i1', 's1', 'fails'));
        act(() => result.current.setNote('i1', 's1', 'Extintor vencido'));
        expect(result.current.cell('i1', 's1')).toMatchObject({ outcome: 'fails', note: 'Extintor vencido', pending: true });
        expect(result.current.status).toBe('pending');
        expect(localStorage.getItem(storageKey('insp-7'))).toContain('Extintor vencido');

        await waitFor(() => expect(result.current.status).toBe('offline'));
        expect(result.current.pendingCount).toBe(1);
        expect(localStorage.getItem(storageKey('insp-7'))).toContain('Extintor vencido');

        await waitFor(() => expect(result.current.status).toBe('saved'), { timeout: 5000 });
        expect(put).toHaveBeenCalledTimes(2);
        expect(put.mock.calls[1][1]).toEqual([{ itemId: 'i1', spaceId: 's1', outcome: 'fails', note: 'Extintor vencido' }]);
        expect(result.current.cell('i1', 's1')).toMatchObject({ outcome: 'fails', note: 'Extintor vencido', pending: false });
        expect(localStorage.getItem(storageKey('insp-7'))).toBeNull();
    });

    it('restores after a reload what was not sent, over the server results, and sends it', async () => {
        localStorage.setItem(
            storageKey('insp-8'),
            JSON.stringify({ seq: 1, entries: { 'i2|s1': { itemId: 'i2', spaceId: 's1', outcome: 'not_applicable', note: null, rev: 1 } } }),
        );
        vi.spyOn(complianceApi, 'results').mockResolvedValue([row({ itemId: 'i1', outcome: 'complies' }), row({ itemId: 'i2', outcome: 'fails' })]);
        const put = vi.spyOn(complianceApi, 'putResults').mockImplementation(async (_id, batch) => batch.map(b => row({ ...b })));
        const { result } = renderHook(() => useInspectionSync('insp-8'));
        await waitFor(() => expect(result.current.loading).toBe(false));
        expect(result.current.cell('i1', 's1').outcome).toBe('complies');
        expect(result.current.cell('i2', 's1')).toMatchObject({ outcome: 'not_applicable' });
        await waitFor(() => expect(result.current.status).toBe('saved'), { timeout: 3000 });
        expect(put).toHaveBeenCalledWith('insp-8', [{ itemId: 'i2', spaceId: 's1', outcome: 'not_applicable', note: null }]);
        expect(result.current.cell('i2', 's1')).toMatchObject({ outcome: 'not_applicable', pending: false });
    });

    it('stops and says why when the server refuses (a signed act answers 409)', async () => {
        vi.spyOn(complianceApi, 'results').mockResolvedValue([]);
        const refusal = Object.assign(new Error('La supervisión ya fue firmada y no puede modificarse.'), { status: 409 });
        const put = vi.spyOn(complianceApi, 'putResults').mockRejectedValue(refusal);
        const { result } = renderHook(() => useInspectionSync('insp-9'));
        await waitFor(() => expect(result.current.loading).toBe(false));
        act(() => result.current.setOutcome('i1', 's1', 'complies'));
        await waitFor(() => expect(result.current.status).toBe('error'));
        expect(result.current.error).toBe('La supervisión ya fue firmada y no puede modificarse.');
        await new Promise(r => setTimeout(r, 2500));
        expect(put).toHaveBeenCalledTimes(1);
        // Nothing entered is thrown away.
        expect(result.current.pendingCount).toBe(1);
    });

    it('ignores changes when read-only', async () => {
        vi.spyOn(complianceApi, 'results').mockResolvedValue([row({ outcome: 'fails' })]);
        const { result } = renderHook(() => useInspectionSync('insp-10', { readOnly: true }));
        await waitFor(() => expect(result.current.loading).toBe(false));
        act(() => result.current.setOutcome('i1', 's1', 'complies'));
        expect(result.current.cell('i1', 's1').outcome).toBe('fails');
        expect(localStorage.getItem(storageKey('insp-10'))).toBeNull();
    });
});
