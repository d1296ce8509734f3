import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { messageOf } from './errors';

/**
 * A report page's data, through react-admin's QueryClient: `key` names the report and its
 * parameters, `load` fetches it once `enabled`. The last report stays on screen while the next one
 * loads; `loading` is true while a request is under way and `error` is the API's message of a
 * failed load. A failure is shown at once, not retried.
 */
export const useReport = <T>(key: readonly unknown[], load: () => Promise<T>, enabled: boolean) => {
    const translate = useTranslate();
    const { data, error, isFetching } = useQuery({
        queryKey: ['report', ...key],
        queryFn: () => load(),
        enabled,
        placeholderData: keepPreviousData,
        retry: false,
    });
    return { data, loading: isFetching, error: error ? messageOf(error, translate('csa.errors.load')) : null };
};
