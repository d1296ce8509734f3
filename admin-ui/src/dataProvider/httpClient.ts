import { fetchUtils } from 'react-admin';
import { getValidToken } from '../authProvider';

/** fetchJson with the bearer token (refreshed when close to expiry). */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    const token = await getValidToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetchUtils.fetchJson(url, { ...options, headers });
};
