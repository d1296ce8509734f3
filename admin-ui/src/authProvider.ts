import { HttpError, type AuthProvider } from 'react-admin';
import type { PermissionMatrix, Session } from './common/types';

const STORAGE_KEY = 'csa-backoffice.session';
/** Refresh the token when less than this remains before it expires. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

export const API_URL = '/api';

export const getSession = (): Session | null => {
    try {
        const raw = localStorage.getItem(STORAGE_KEY);
        return raw ? (JSON.parse(raw) as Session) : null;
    } catch {
        return null;
    }
};

export const saveSession = (session: Session) =>
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session));

export const clearSession = () => localStorage.removeItem(STORAGE_KEY);

const msLeft = (session: Session) => new Date(session.expiresAt).getTime() - Date.now();

let refreshing: Promise<Session | null> | null = null;

/** Exchanges a still-valid token for a fresh one (single flight). */
const refreshSession = (session: Session): Promise<Session | null> => {
    if (!refreshing) {
        refreshing = fetch(`${API_URL}/auth/refresh`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${session.accessToken}`, Accept: 'application/json' },
        })
            .then(async response => {
                if (!response.ok) return null;
                const fresh = (await response.json()) as Session;
                saveSession(fresh);
                return fresh;
            })
            .catch(() => null)
            .finally(() => {
                refreshing = null;
            });
    }
    return refreshing;
};

/**
 * The token to send: refreshed first when it is about to expire;
 * null when there is no valid session.
 */
export const getValidToken = async (): Promise<string | null> => {
    const session = getSession();
    if (!session) return null;
    const left = msLeft(session);
    if (left <= 0) return null;
    if (left < REFRESH_MARGIN_MS) {
        const fresh = await refreshSession(session);
        return (fresh ?? session).accessToken;
    }
    return session.accessToken;
};

/** react-admin actions → the API's permission verbs. */
const ACTION_TO_VERB: Record<string, string> = {
    list: 'read',
    show: 'read',
    export: 'read',
    read: 'read',
    create: 'create',
    clone: 'create',
    edit: 'update',
    update: 'update',
    delete: 'delete',
};

/** UI resources governed by another entry of the API's matrix (docs/api-operations.md). */
const MATRIX_ENTRY: Record<string, string> = {
    'calendar-days': 'calendar',
    'operation-days': 'operations',
    procedures: 'agencies',
};

export const can = (
    permissions: PermissionMatrix | undefined | null,
    resource: string,
    action: string,
): boolean => {
    const verbs = permissions?.[MATRIX_ENTRY[resource] ?? resource];
    if (!verbs) return false;
    if (verbs.includes(action)) return true;
    const verb = ACTION_TO_VERB[action];
    if (verb) return verbs.includes(verb);
    // Workflow actions (activate, extend, terminate) need at least 'update'.
    return verbs.includes('update');
};

export const authProvider: AuthProvider = {
    async login({ username, password }: { username: string; password: string }) {
        let response: Response;
        try {
            response = await fetch(`${API_URL}/auth/login`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
                body: JSON.stringify({ username, password }),
            });
        } catch {
            throw new Error('csa.auth.network_error');
        }
        if (response.status === 429) throw new Error('csa.auth.too_many_attempts');
        if (response.status === 401 || response.status === 400 || response.status === 403) {
            throw new Error('csa.auth.invalid_credentials');
        }
        if (!response.ok) throw new Error('csa.auth.server_error');
        const session = (await response.json()) as Session;
        saveSession(session);
        return { redirectTo: '/' };
    },
    async logout() {
        clearSession();
    },
    async checkAuth() {
        const session = getSession();
        if (!session || msLeft(session) <= 0) {
            clearSession();
            // No toast: the login form is answer enough, and a toast left over from opening the
            // app would hide the login's own messages for seconds.
            throw { message: false };
        }
        if (msLeft(session) < REFRESH_MARGIN_MS) await refreshSession(session);
    },
    async checkError(error: { status?: number } | HttpError) {
        const status = (error as { status?: number })?.status;
        if (status === 401) {
            clearSession();
            throw new Error('ra.notification.logged_out');
        }
        // 403 means "your role may not do this": stay logged in.
    },
    async getIdentity() {
        const session = getSession();
        if (!session) throw new Error('ra.auth.auth_check_error');
        return {
            id: session.user.id,
            fullName: session.user.fullName,
            role: session.user.role,
            agencyId: session.user.agencyId,
            buildingIds: session.user.buildingIds,
        };
    },
    async getPermissions() {
        return getSession()?.permissions ?? {};
    },
    async canAccess({ action, resource }) {
        const session = getSession();
        if (!session) return false;
        return can(session.permissions, resource, action);
    },
};

export default authProvider;
