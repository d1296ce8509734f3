import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Identifier } from 'react-admin';
import { complianceApi } from '../compliance/api';
import type { InspectionResult, Outcome, Photo } from '../compliance/types';
import { photoStore, shrinkImage, type PendingPhoto } from './photoStore';
import { cellKey, isTransient, ResultQueue, retryDelay } from './resultQueue';
import { messageOf } from '../common/errors';

export type SyncStatus = 'saved' | 'pending' | 'sending' | 'offline' | 'error';

export interface Cell {
    outcome?: Outcome;
    note?: string | null;
    photos: Photo[];
    pendingPhotos: (PendingPhoto & { url: string })[];
    /** Entered here and not yet confirmed by the server. */
    pending: boolean;
}

export interface InspectionSync {
    loading: boolean;
    loadError: string | null;
    cell(itemId: Identifier, spaceId: Identifier): Cell;
    setOutcome(itemId: Identifier, spaceId: Identifier, outcome: Outcome): void;
    setNote(itemId: Identifier, spaceId: Identifier, note: string): void;
    addPhoto(itemId: Identifier, spaceId: Identifier, file: File): Promise<void>;
    status: SyncStatus;
    pendingCount: number;
    error: string | null;
    /** Sends everything now; true when nothing is left pending. */
    flushNow(): Promise<boolean>;
}

const SEND_DELAY_MS = 700;
const empty: Cell = { photos: [], pendingPhotos: [], pending: false };

/**
 * The results of one inspection as the tablet sees them: the server's, overlaid with what
 * was entered and not yet sent (localStorage, photos in IndexedDB). Changes are sent in
 * batches shortly after they are made, and retried with back-off while the line is down.
 */
export const useInspectionSync = (inspectionId: Identifier, { readOnly = false } = {}): InspectionSync => {
    const queue = useMemo(() => new ResultQueue(inspectionId), [inspectionId]);
    const [server, setServer] = useState<Record<string, InspectionResult>>({});
    const [photos, setPhotos] = useState<(PendingPhoto & { url: string })[]>([]);
    const [loading, setLoading] = useState(true);
    const [loadError, setLoadError] = useState<string | null>(null);
    const [status, setStatus] = useState<SyncStatus>(() => (queue.size > 0 ? 'pending' : 'saved'));
    const [error, setError] = useState<string | null>(null);
    const [, setTick] = useState(0);
    const inFlight = useRef<Promise<boolean> | null>(null);
    const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
    const attempt = useRef(0);
    const photosRef = useRef(photos);
    photosRef.current = photos;
    const mounted = useRef(true);

    const mergeServer = useCallback((rows: InspectionResult[] | null | undefined) => {
        if (!Array.isArray(rows)) return;
        setServer(prev => {
            const next = { ...prev };
            rows.forEach(r => {
                next[cellKey(r.itemId, r.spaceId)] = r;
            });
            return next;
        });
    }, []);

    const flush = useCallback((): Promise<boolean> => {
        if (inFlight.current) return inFlight.current;
        if (timer.current) {
            clearTimeout(timer.current);
            timer.current = null;
        }
        const work = (async () => {
            if (queue.size === 0 && photosRef.current.length === 0) {
                setStatus('saved');
                return true;
            }
            setStatus('sending');
            let refused: string | null = null;
            try {
                await queue.flush(batch => complianceApi.putResults(inspectionId, batch).then(mergeServer));
                for (const photo of photosRef.current) {
                    try {
                        const uploaded = await complianceApi.uploadPhoto(inspectionId, photo.itemId, photo.spaceId, photo.blob, photo.fileName);
                        setServer(prev => {
                            const key = cellKey(photo.itemId, photo.spaceId);
                            const current = prev[key];
                            if (!current) return prev;
                            return { ...prev, [key]: { ...current, photos: [...(current.photos ?? []), uploaded] } };
                        });
                    } catch (e) {
                        if (isTransient(e)) throw e;
                        // Refused (type, size): resending would not help. Say why and drop it.
                        refused = messageOf(e, 'Error');
                    }
                    await photoStore.remove(photo.key);
                    URL.revokeObjectURL(photo.url);
                    setPhotos(prev => prev.filter(p => p.key !== photo.key));
                    photosRef.current = photosRef.current.filter(p => p.key !== photo.key);
                }
                attempt.current = 0;
                setTick(t => t + 1);
                const left = queue.size;
                setStatus(left > 0 ? 'pending' : 'saved');
                setError(refused);
                return left === 0 && photosRef.current.length === 0;
            } catch (e) {
                setTick(t => t + 1);
                if (isTransient(e)) {
                    setStatus('offline');
                    const delay = retryDelay(attempt.current++);
                    if (mounted.current) timer.current = setTimeout(() => void flush(), delay);
                } else {
                    setStatus('error');
                    setError(messageOf(e, 'Error'));
                }
                return false;
            }
        })().finally(() => {
            inFlight.current = null;
        });
        inFlight.current = work;
        return work;
    }, [inspectionId, mergeServer, queue]);

    const schedule = useCallback(() => {
        setTick(t => t + 1);
        setStatus(s => (s === 'sending' || s === 'offline' ? s : 'pending'));
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
            timer.current = null;
            // A batch in flight: send the rest when it comes back.
            if (inFlight.current) void inFlight.current.then(() => void flush());
            else void flush();
        }, SEND_DELAY_MS);
    }, [flush]);

    // Load the server's results and what this device still has to send.
    useEffect(() => {
        mounted.current = true;
        let cancelled = false;
        setLoading(true);
        complianceApi
            .results(inspectionId)
            .then(rows => {
                if (cancelled) return;
                setServer({});
                mergeServer(rows);
            })
            .catch(e => !cancelled && setLoadError(messageOf(e, 'Error')))
            .finally(() => !cancelled && setLoading(false));
        void photoStore.list(inspectionId).then(stored => {
            if (cancelled) return;
            setPhotos(stored.map(p => ({ ...p, url: URL.createObjectURL(p.blob) })));
            if (!readOnly && (stored.length > 0 || queue.size > 0)) schedule();
        });
        const online = () => void flush();
        window.addEventListener('online', online);
        return () => {
            cancelled = true;
            mounted.current = false;
            window.removeEventListener('online', online);
            if (timer.current) clearTimeout(timer.current);
        };
    }, [flush, inspectionId, mergeServer, queue, readOnly, schedule]);

    const pendingEntries = queue.pending();
    const pendingByKey = new Map(pendingEntries.map(e => [cellKey(e.itemId, e.spaceId), e]));

    const cell = (itemId: Identifier, spaceId: Identifier): Cell => {
        const key = cellKey(itemId, spaceId);
        const s = server[key];
        const p = pendingByKey.get(key);
        const pendingPhotos = photos.filter(ph => cellKey(ph.itemId, ph.spaceId) === key);
        if (!s && !p && pendingPhotos.length === 0) return empty;
        return {
            outcome: p?.outcome ?? s?.outcome,
            note: p ? p.note : s?.note,
            photos: s?.photos ?? [],
            pendingPhotos,
            pending: !!p || pendingPhotos.length > 0,
        };
    };

    const setOutcome = (itemId: Identifier, spaceId: Identifier, outcome: Outcome) => {
        if (readOnly) return;
        const current = cell(itemId, spaceId);
        queue.set({ itemId, spaceId, outcome, note: current.note ?? null });
        schedule();
    };

    const setNote = (itemId: Identifier, spaceId: Identifier, note: string) => {
        if (readOnly) return;
        const current = cell(itemId, spaceId);
        if (!current.outcome) return;
        queue.set({ itemId, spaceId, outcome: current.outcome, note });
        schedule();
    };

    const addPhoto = async (itemId: Identifier, spaceId: Identifier, file: File) => {
        if (readOnly) return;
        const { blob, fileName } = await shrinkImage(file);
        const photo: PendingPhoto = {
            key: `${inspectionId}|${cellKey(itemId, spaceId)}|${Date.now()}|${Math.random().toString(36).slice(2, 7)}`,
            inspectionId: String(inspectionId),
            itemId,
            spaceId,
            fileName,
            blob,
            takenAt: Date.now(),
        };
        await photoStore.put(photo);
        const withUrl = { ...photo, url: URL.createObjectURL(blob) };
        photosRef.current = [...photosRef.current, withUrl];
        setPhotos(prev => [...prev, withUrl]);
        schedule();
    };

    return {
        loading,
        loadError,
        cell,
        setOutcome,
        setNote,
        addPhoto,
        status,
        pendingCount: pendingEntries.length + photos.length,
        error,
        flushNow: flush,
    };
};
