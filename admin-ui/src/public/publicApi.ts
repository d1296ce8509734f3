/**
 * The public API (no login): plain fetch, no credentials, no token, nothing stored in the browser.
 * docs/api-operations.md, "Public, without login".
 */
export const SERVICES = ['bank', 'cafeteria', 'photocopy', 'virtual_office', 'orientation'] as const;
export type CenterService = (typeof SERVICES)[number];

export interface PublicProcedure {
    id: string;
    name: string;
    description?: string | null;
    requirements?: string | null;
}

export interface PublicAgency {
    id: string;
    acronym: string;
    name: string;
    level: string;
    procedures: PublicProcedure[];
}

export interface PublicCenter {
    code: string;
    name: string;
    municipality: string;
    address: string;
    phone?: string | null;
    opensAt?: string | null;
    closesAt?: string | null;
    operatingDays?: string | null;
    latitude?: number | null;
    longitude?: number | null;
    services: CenterService[];
    agencies: PublicAgency[];
}

export interface SuggestionInput {
    buildingCode: string;
    agencyId?: string;
    category: string;
    rating: number;
    text: string;
}

export interface SuggestionReceipt {
    folio: string;
    createdOn: string;
}

export interface SuggestionAnswer {
    folio: string;
    buildingName: string;
    category: string;
    status: string;
    createdOn: string;
    answer: string | null;
    answeredOn: string | null;
}

/** An API refusal: its status, its Spanish message and, for a 400, the message of each field. */
export class PublicApiError extends Error {
    constructor(
        message: string,
        readonly status: number,
        readonly fieldErrors: Record<string, string> = {},
    ) {
        super(message);
    }
}

export const API = '/api/public';
export const HSDS_URL = `${API}/centers/hsds`;

const call = async <T>(path: string, init?: RequestInit): Promise<T> => {
    let response: Response;
    try {
        response = await fetch(`${API}${path}`, {
            ...init,
            credentials: 'omit',
            headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}) },
        });
    } catch {
        throw new PublicApiError('', 0);
    }
    let body: unknown = null;
    try {
        body = await response.json();
    } catch {
        /* not JSON */
    }
    if (!response.ok) {
        const b = (body ?? {}) as { message?: string | string[]; errors?: Record<string, string> };
        const message = Array.isArray(b.message) ? b.message.join(' ') : (b.message ?? '');
        throw new PublicApiError(message, response.status, b.errors ?? {});
    }
    return body as T;
};

export const fetchCenters = (q?: string, signal?: AbortSignal) =>
    call<PublicCenter[]>(`/centers${q && q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`, { signal });

export const sendSuggestion = (input: SuggestionInput) =>
    call<SuggestionReceipt>('/suggestions', { method: 'POST', body: JSON.stringify(input) });

export const fetchAnswer = (folio: string) =>
    call<SuggestionAnswer>(`/suggestions/${encodeURIComponent(folio.trim().toUpperCase())}`);
