/**
 * Photos taken and not yet uploaded, in IndexedDB (blobs can be megabytes: too big for
 * localStorage). Without IndexedDB (very old browsers, tests) they are kept in memory only.
 */
import type { Identifier } from 'react-admin';

export interface PendingPhoto {
    key: string;
    inspectionId: string;
    itemId: Identifier;
    spaceId: Identifier;
    fileName: string;
    blob: Blob;
    takenAt: number;
}

const DB = 'csa-inspections';
const STORE = 'photos';
const memory = new Map<string, PendingPhoto>();

const open = (): Promise<IDBDatabase | null> =>
    new Promise(resolve => {
        if (typeof indexedDB === 'undefined') return resolve(null);
        try {
            const request = indexedDB.open(DB, 1);
            request.onupgradeneeded = () => {
                const store = request.result.createObjectStore(STORE, { keyPath: 'key' });
                store.createIndex('inspectionId', 'inspectionId');
            };
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => resolve(null);
        } catch {
            resolve(null);
        }
    });

const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> => {
    const db = await open();
    if (!db) return undefined;
    return new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = action(tx.objectStore(STORE));
        tx.oncomplete = () => {
            db.close();
            resolve(request.result);
        };
        tx.onerror = () => {
            db.close();
            reject(tx.error);
        };
    });
};

export const photoStore = {
    async put(photo: PendingPhoto) {
        memory.set(photo.key, photo);
        try {
            await run('readwrite', store => store.put(photo));
        } catch {
            /* kept in memory */
        }
    },
    async list(inspectionId: Identifier): Promise<PendingPhoto[]> {
        const id = String(inspectionId);
        let stored: PendingPhoto[] | undefined;
        try {
            stored = await run('readonly', store => store.index('inspectionId').getAll(id) as IDBRequest<PendingPhoto[]>);
        } catch {
            stored = undefined;
        }
        const byKey = new Map<string, PendingPhoto>();
        (stored ?? []).forEach(p => byKey.set(p.key, p));
        memory.forEach(p => p.inspectionId === id && byKey.set(p.key, p));
        return [...byKey.values()].sort((a, b) => a.takenAt - b.takenAt);
    },
    async remove(key: string) {
        memory.delete(key);
        try {
            await run('readwrite', store => store.delete(key));
        } catch {
            /* nothing stored */
        }
    },
};

/** A file name without any path, as the API requires. */
export const safeFileName = (name: string, fallback = 'foto.jpg') => {
    const base = name.split(/[\\/]/).pop()?.replace(/\.\.+/g, '.').replace(/^\.+/, '') ?? '';
    return base.trim() || fallback;
};

/** Camera photos are shrunk to at most `maxSide` px (JPEG) before they are queued: less to send on a slow line. */
export const shrinkImage = async (file: File, maxSide = 1600): Promise<{ blob: Blob; fileName: string }> => {
    const fileName = safeFileName(file.name);
    if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') return { blob: file, fileName };
    try {
        const bitmap = await createImageBitmap(file);
        const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
        if (scale >= 1 && file.size < 2_000_000) {
            bitmap.close();
            return { blob: file, fileName };
        }
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(bitmap.width * scale);
        canvas.height = Math.round(bitmap.height * scale);
        canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
        bitmap.close();
        const blob = await new Promise<Blob | null>(resolve => canvas.toBlob(resolve, 'image/jpeg', 0.82));
        if (!blob) return { blob: file, fileName };
        return { blob, fileName: fileName.replace(/\.[^.]*$/, '') + '.jpg' };
    } catch {
        return { blob: file, fileName };
    }
};
