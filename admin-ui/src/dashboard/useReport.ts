import { useDataProvider } from 'react-admin';
import { useApiQuery } from '../common/useApiQuery';
import type { CsaDataProvider, ReportName } from '../dataProvider';

export interface ReportState<T> {
    data: T[] | undefined;
    isPending: boolean;
    error: unknown;
}

/** Loads one report of /api/reports/* (through the shared QueryClient: cached, refreshed, cleared on logout). */
export const useReport = <T,>(name: ReportName, params: Record<string, string | number> = {}): ReportState<T> => {
    const dataProvider = useDataProvider<CsaDataProvider>();
    const { data, error } = useApiQuery(['report', name, params], () => dataProvider.getReport<T>(name, params).then(r => r.data));
    return { data, isPending: data === undefined && !error, error };
};
