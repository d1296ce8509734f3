import { useEffect, useRef } from 'react';
import { API_URL, getValidToken } from '../authProvider';
import { httpClient } from '../dataProvider/httpClient';

export interface Ticket {
    id: string;
    code: string;
    buildingId: string;
    serviceId: string;
    serviceName: string;
    agencyAcronym: string;
    category: 'general' | 'preferential';
    status: string;
    counterId: string | null;
    counterLabel: string | null;
    issuedAt: string;
    calledAt: string | null;
    statusToken?: string;
}

export interface Counter {
    id: string;
    buildingId: string;
    label: string;
    agencyAcronym: string;
    serviceIds: string[];
    clerkId: string | null;
    clerkName: string | null;
    pausedReason: string | null;
    currentTicketId: string | null;
}

export const queueGet = <T>(path: string): Promise<T> => httpClient(`${API_URL}${path}`).then(({ json }) => json as T);
export const queuePost = <T>(path: string, body: unknown = {}): Promise<T | undefined> =>
    httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify(body) }).then(({ json }) => json as T | undefined);
export const listQuery = (filter: object, sort: [string, 'ASC' | 'DESC'], range: [number, number] = [0, 199]) =>
    `filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(JSON.stringify(sort))}&range=${encodeURIComponent(JSON.stringify(range))}`;

export interface StreamEvent {
    id: string;
    data: unknown;
}

/** Splits a server-sent events text into complete events and what is left of an incomplete one. */
export function parseEvents(buffer: string): { events: StreamEvent[]; rest: string } {
    const blocks = buffer.split('\n\n');
    const rest = blocks.pop() ?? '';
    const events: StreamEvent[] = [];
    for (const block of blocks) {
        let id = '';
        let data = '';
        for (const line of block.split('\n')) {
            if (line.startsWith('id: ')) id = line.slice(4);
            else if (line.startsWith('data: ')) data += line.slice(6);
        }
        if (data) events.push({ id, data: JSON.parse(data) });
    }
    return { events, rest };
}

/**
 * The building's lines as they move, for staff: server-sent events read with fetch (EventSource
 * cannot send the token), reconnecting after a drop with the last event's id.
 */
export function useQueueStream(buildingId: string | null | undefined, onEvent: (data: unknown) => void): void {
    const handler = useRef(onEvent);
    handler.current = onEvent;
    useEffect(() => {
        if (!buildingId) return;
        let stopped = false;
        let lastId = '';
        const controller = new AbortController();
        const run = async () => {
            while (!stopped) {
                try {
                    const token = await getValidToken();
                    const res = await fetch(`${API_URL}/queue/stream?buildingId=${encodeURIComponent(buildingId)}`, {
                        headers: { Authorization: `Bearer ${token ?? ''}`, ...(lastId ? { 'Last-Event-ID': lastId } : {}) },
                        signal: controller.signal,
                    });
                    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
                    const reader = res.body.getReader();
                    const decoder = new TextDecoder();
                    let buffer = '';
                    for (;;) {
                        const { value, done } = await reader.read();
                        if (done) break;
                        buffer += decoder.decode(value, { stream: true });
                        const parsed = parseEvents(buffer);
                        buffer = parsed.rest;
                        for (const event of parsed.events) {
                            if (event.id) lastId = event.id;
                            handler.current(event.data);
                        }
                    }
                } catch {
                    // dropped: try again shortly
                }
                if (!stopped) await new Promise(r => setTimeout(r, 2000));
            }
        };
        void run();
        return () => {
            stopped = true;
            controller.abort();
        };
    }, [buildingId]);
}
