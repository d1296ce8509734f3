import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { CsaDataProvider, ReportName } from '../dataProvider';

export interface ReportState<T> {
    data: T[] | undefined;
    isPending: boolean;
    error: unknown;
}

/** Loads one report of /api/reports/*. */
export const useReport = <T,>(name: ReportName, params?: Record<string, string | number>): ReportState<T> => {
    const dataProvider = useDataProvider<CsaDataProvider>();
    const key = JSON.stringify(params ?? {});
    const [state, setState] = useState<ReportState<T>>({ data: undefined, isPending: true, error: null });
    useEffect(() => {
        let cancelled = false;
        setState(s => ({ ...s, isPending: true }));
        dataProvider
            .getReport<T>(name, JSON.parse(key))
            .then(({ data }) => !cancelled && setState({ data, isPending: false, error: null }))
            .catch(error => !cancelled && setState({ data: undefined, isPending: false, error }));
        return () => {
            cancelled = true;
        };
    }, [dataProvider, name, key]);
    return state;
};
