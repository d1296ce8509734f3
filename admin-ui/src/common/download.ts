import { API_URL, getValidToken } from '../authProvider';

export class DownloadError extends Error {
    constructor(
        message: string,
        readonly status: number,
    ) {
        super(message);
    }
}

/** The file name of a Content-Disposition header (RFC 6266, with or without filename*). */
export const fileNameFrom = (disposition: string | null, fallback: string): string => {
    if (!disposition) return fallback;
    const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
    if (star) {
        try {
            return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
        } catch {
            /* fall through */
        }
    }
    const plain = /filename="?([^";]+)"?/i.exec(disposition);
    return plain ? plain[1].trim() : fallback;
};

/**
 * GETs an API file with the bearer token and saves it through a temporary link.
 * Errors carry the API's (Spanish) message.
 */
export const downloadFile = async (path: string, fallbackName: string): Promise<string> => {
    const token = await getValidToken();
    const response = await fetch(`${API_URL}${path}`, {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    if (!response.ok) {
        let message = '';
        try {
            const body = await response.json();
            message = Array.isArray(body?.message) ? body.message.join(' ') : (body?.message ?? '');
        } catch {
            /* not JSON */
        }
        throw new DownloadError(message || `HTTP ${response.status}`, response.status);
    }
    const blob = await response.blob();
    const name = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return name;
};
