import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { messageOf } from './errors';

export interface ApiQueryOptions {
    /** Loads only while true (default true). */
    enabled?: boolean;
    /** Keeps the last data on screen while the next key loads (a report's new parameters); off, a new key starts empty. */
    keepPrevious?: boolean;
}

/** The QueryClient key of an API query, e.g. to invalidate it after an action that changes what it returns. */
export const apiQueryKey = (...key: readonly unknown[]) => ['api', ...key];

/**
 * Data from the API outside react-admin's CRUD calls, through react-admin's QueryClient (so its
 * `refresh()` refetches it and logout clears it): `key` names the data and everything it depends
 * on, `load` fetches it. `loading` is true while a request is under way and `error` is the API's
 * message of a failed load. A failure is shown at once, not retried.
 */
export const useApiQuery = <T>(key: readonly unknown[], load: () => Promise<T>, { enabled = true, keepPrevious = false }: ApiQueryOptions = {}) => {
    const translate = useTranslate();
    const { data, error, isFetching } = useQuery({
        queryKey: apiQueryKey(...key),
        queryFn: () => load(),
        enabled,
        placeholderData: keepPrevious ? keepPreviousData : undefined,
        retry: false,
    });
    return { data, loading: isFetching, error: error ? messageOf(error, translate('csa.errors.load')) : null };
};
