/** The public queue API: no login (the kiosk's calls carry its own token). */
export interface BoardCall {
    id: string;
    at: string;
    code: string;
    counter: string;
    service: string;
}

export interface Board {
    buildingId: string;
    buildingCode: string;
    buildingName: string;
    calls: BoardCall[];
    services: { id: string; name: string; prefix: string; agencyAcronym: string; waiting: number }[];
}

export interface PublicTicket {
    code: string;
    buildingCode: string;
    serviceName: string;
    agencyAcronym: string;
    category: 'general' | 'preferential';
    status: 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'cancelled' | 'transferred';
    counterLabel: string | null;
    issuedAt: string;
    rated: boolean;
    position?: number;
    estimatedWaitMinutes?: number;
}

export class ApiError extends Error {
    constructor(readonly status: number, message: string) {
        super(message);
    }
}

export async function call<T>(path: string, init: RequestInit = {}, token?: string): Promise<T> {
    const res = await fetch(`/api${path}`, {
        ...init,
        headers: {
            Accept: 'application/json',
            ...(init.body ? { 'Content-Type': 'application/json' } : {}),
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
    });
    const text = await res.text();
    const body = text ? (JSON.parse(text) as { message?: string }) : {};
    if (!res.ok) throw new ApiError(res.status, typeof body.message === 'string' ? body.message : `Error ${res.status}`);
    return body as T;
}

/** Server-sent events of a building's lines; the browser reconnects by itself and resumes after the last id. */
export function listen(buildingCode: string, onEvent: (event: { action: string; code?: string; counter?: string }) => void): () => void {
    const source = new EventSource(`/api/public/queue/${encodeURIComponent(buildingCode)}/stream`);
    source.addEventListener('queue', e => onEvent(JSON.parse((e as MessageEvent<string>).data)));
    return () => source.close();
}

export const formatTime = (iso: string) =>
    new Intl.DateTimeFormat('es-MX', { timeZone: 'America/Mexico_City', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
