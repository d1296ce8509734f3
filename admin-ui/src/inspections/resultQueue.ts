/**
 * What the inspector entered and the server has not confirmed yet, kept in localStorage
 * per inspection so that a dropped connection or a reload loses nothing. The batch is sent
 * with the idempotent PUT /inspections/:id/results, so resending it is harmless.
 */
import type { Identifier } from 'react-admin';
import type { Outcome } from '../compliance/types';

export interface PendingResult {
    itemId: Identifier;
    spaceId: Identifier;
    outcome: Outcome;
    note?: string | null;
    /** Increases on every change: an entry changed while its batch was in flight stays pending. */
    rev: number;
}

type Stored = { seq: number; entries: Record<string, PendingResult> };

export const cellKey = (itemId: Identifier, spaceId: Identifier) => `${itemId}|${spaceId}`;

export const storageKey = (inspectionId: Identifier) => `csa-inspection.${inspectionId}.pending`;

export class ResultQueue {
    constructor(
        readonly inspectionId: Identifier,
        private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = localStorage,
    ) {}

    private read(): Stored {
        try {
            const raw = this.storage.getItem(storageKey(this.inspectionId));
            const parsed = raw ? (JSON.parse(raw) as Stored) : null;
            if (parsed && typeof parsed.seq === 'number' && parsed.entries) return parsed;
        } catch {
            /* unreadable: start again */
        }
        return { seq: 0, entries: {} };
    }

    private write(stored: Stored) {
        if (Object.keys(stored.entries).length === 0) this.storage.removeItem(storageKey(this.inspectionId));
        else this.storage.setItem(storageKey(this.inspectionId), JSON.stringify(stored));
    }

    /** Entries not yet confirmed by the server. */
    pending(): PendingResult[] {
        return Object.values(this.read().entries);
    }

    get size() {
        return this.pending().length;
    }

    /** Records a change (outcome and/or note) for one item × space. */
    set(entry: Omit<PendingResult, 'rev'>): PendingResult {
        const stored = this.read();
        const next: PendingResult = { ...entry, rev: stored.seq + 1 };
        stored.seq = next.rev;
        stored.entries[cellKey(entry.itemId, entry.spaceId)] = next;
        this.write(stored);
        return next;
    }

    /**
     * Sends every pending entry in one batch. On success removes the entries sent that did
     * not change meanwhile; on failure keeps everything and rethrows.
     */
    async flush(send: (batch: Omit<PendingResult, 'rev'>[]) => Promise<unknown>): Promise<number> {
        const batch = this.pending();
        if (batch.length === 0) return 0;
        await send(batch.map(({ rev: _rev, ...rest }) => ({ ...rest, note: rest.note ?? null })));
        const stored = this.read();
        for (const sent of batch) {
            const key = cellKey(sent.itemId, sent.spaceId);
            if (stored.entries[key]?.rev === sent.rev) delete stored.entries[key];
        }
        this.write(stored);
        return batch.length;
    }

    clear() {
        this.storage.removeItem(storageKey(this.inspectionId));
    }
}

/** A network failure, a timeout or a server error is worth retrying; a 4xx answer is not. */
export const isTransient = (error: unknown): boolean => {
    const status = (error as { status?: number } | null)?.status;
    if (status === undefined || status === null || status === 0) return true;
    return status >= 500 || status === 408 || status === 429;
};

/** 2 s, 4 s, 8 s … up to 30 s between attempts. */
export const retryDelay = (attempt: number) => Math.min(30_000, 2_000 * 2 ** Math.max(0, attempt));
