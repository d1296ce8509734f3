import { ResultQueue, isTransient, retryDelay, storageKey } from './resultQueue';

/** A Storage that can be shared between two queues, as localStorage is between page loads. */
const memoryStorage = () => {
    const data = new Map<string, string>();
    return {
        getItem: (k: string) => data.get(k) ?? null,
        setItem: (k: string, v: string) => void data.set(k, v),
        removeItem: (k: string) => void data.delete(k),
        data,
    };
};

describe('ResultQueue (results not yet confirmed by the server)', () => {
    it('keeps every change in storage, one entry per item and space, and restores it after a reload', () => {
        const storage = memoryStorage();
        const queue = new ResultQueue('insp-1', storage);
        queue.set({ itemId: 'i1', spaceId: 's1', outcome: 'complies' });
        queue.set({ itemId: 'i2', spaceId: 's1', outcome: 'fails', note: 'Extintor vencido' });
        queue.set({ itemId: 'i1', spaceId: 's1', outcome: 'not_applicable' });
        expect(storage.data.has(storageKey('insp-1'))).toBe(true);

        const afterReload = new ResultQueue('insp-1', storage);
        const pending = afterReload.pending().map(({ itemId, outcome, note }) => ({ itemId, outcome, note }));
        expect(pending).toEqual([
            { itemId: 'i1', outcome: 'not_applicable', note: undefined },
            { itemId: 'i2', outcome: 'fails', note: 'Extintor vencido' },
        ]);
        expect(new ResultQueue('insp-2', storage).size).toBe(0);
    });

    it('sends one batch and forgets it once the server confirms', async () => {
        const storage = memoryStorage();
        const queue = new ResultQueue('insp-1', storage);
        queue.set({ itemId: 'i1', spaceId: 's1', outcome: 'fails', note: 'Sin señalización' });
        queue.set({ itemId: 'i1', spaceId: 's2', outcome: 'complies' });
        const batches: unknown[] = [];
        const sent = await queue.flush(async batch => {
            batches.push(batch);
        });
        expect(sent).toBe(2);
        expect(batches).toEqual([
            [
                { itemId: 'i1', spaceId: 's1', outcome: 'fails', note: 'Sin señalización' },
                { itemId: 'i1', spaceId: 's2', outcome: 'complies', note: null },
            ],
        ]);
        expect(queue.size).toBe(0);
        expect(storage.data.size).toBe(0);
    });

    it('keeps everything when the connection drops, and resends the same batch later', async () => {
        const queue = new ResultQueue('insp-1', memoryStorage());
        queue.set({ itemId: 'i1', spaceId: 's1', outcome: 'fails' });
        await expect(queue.flush(() => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow('Failed to fetch');
        expect(queue.size).toBe(1);
        const resent: unknown[] = [];
        await queue.flush(async batch => void resent.push(...batch));
        expect(resent).toEqual([{ itemId: 'i1', spaceId: 's1', outcome: 'fails', note: null }]);
        expect(queue.size).toBe(0);
    });

    it('keeps an entry that changed while its batch was in flight', async () => {
        const queue = new ResultQueue('insp-1', memoryStorage());
        queue.set({ itemId: 'i1', spaceId: 's1', outcome: 'complies' });
        queue.set({ itemId: 'i2', spaceId: 's1', outcome: 'complies' });
        await queue.flush(async () => {
            // The inspector changes her mind while the request is on its way.
            queue.set({ itemId: 'i1', spaceId: 's1', outcome: 'fails', note: 'Puerta de emergencia bloqueada' });
        });
        expect(queue.pending().map(p => [p.itemId, p.outcome, p.note])).toEqual([['i1', 'fails', 'Puerta de emergencia bloqueada']]);
    });

    it('retries network and server errors with growing delays, not refusals', () => {
        expect(isTransient(new TypeError('Failed to fetch'))).toBe(true);
        expect(isTransient({ status: 503 })).toBe(true);
        expect(isTransient({ status: 429 })).toBe(true);
        expect(isTransient({ status: 409 })).toBe(false);
        expect(isTransient({ status: 400 })).toBe(false);
        expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([2000, 4000, 8000, 16000, 30000]);
    });
});
