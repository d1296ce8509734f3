import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier } from 'react-admin';
import { API_URL } from '../authProvider';
import type {
    AllocationRun,
    ApportionmentMatrix,
    BillImportResult,
    Period,
    SavingsGroupBy,
    SavingsReport,
    Statement,
    StatementQuery,
} from '../common/costs';
import type { Agreement, FreeSpace } from '../common/types';
import { httpClient } from './httpClient';

export interface FreeSpacesQuery {
    from: string;
    to: string;
    type?: string;
    minArea?: number | string;
    excludeAgreementId?: Identifier;
}

export type ReportName = 'occupancy' | 'expiring' | 'space-per-person' | 'tenants-by-level';

/** The custom methods beside react-admin's CRUD ones. */
export interface CsaDataProvider extends DataProvider {
    activateAgreement(id: Identifier): Promise<{ data: Agreement }>;
    extendAgreement(id: Identifier, endDate: string): Promise<{ data: Agreement }>;
    terminateAgreement(
        id: Identifier,
        params: { terminatedOn: string; reason: string },
    ): Promise<{ data: Agreement }>;
    getFreeSpaces(buildingId: Identifier, query: FreeSpacesQuery): Promise<{ data: FreeSpace[] }>;
    getReport<T = unknown>(name: ReportName, params?: Record<string, string | number>): Promise<{ data: T[] }>;
    /** Shared-utility costs (docs/api.md). */
    runAllocation(params: { period: string; buildingId?: Identifier | null; dryRun?: boolean }): Promise<{ data: AllocationRun }>;
    getMatrix(period: string, buildingId: Identifier): Promise<{ data: ApportionmentMatrix }>;
    closePeriod(period: string): Promise<{ data: Period }>;
    importBills(file: File, dryRun: boolean): Promise<{ data: BillImportResult }>;
    getStatement(query: StatementQuery): Promise<{ data: Statement }>;
    getSavings(params: { from: string; to: string; groupBy: SavingsGroupBy }): Promise<{ data: SavingsReport }>;
}

export const toQuery = (params: Record<string, string | number | undefined | null>) => {
    const search = new URLSearchParams();
    Object.entries(params).forEach(([key, value]) => {
        if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
    });
    const s = search.toString();
    return s ? `?${s}` : '';
};

const post = (path: string, body?: unknown) =>
    httpClient(`${API_URL}${path}`, {
        method: 'POST',
        body: body === undefined ? undefined : JSON.stringify(body),
    }).then(({ json }) => ({ data: json }));

export const buildDataProvider = (apiUrl = API_URL): CsaDataProvider => {
    const base = simpleRestProvider(apiUrl, httpClient, 'Content-Range');
    return {
        ...base,
        activateAgreement: id => post(`/agreements/${encodeURIComponent(String(id))}/activate`),
        extendAgreement: (id, endDate) =>
            post(`/agreements/${encodeURIComponent(String(id))}/extend`, { endDate }),
        terminateAgreement: (id, params) =>
            post(`/agreements/${encodeURIComponent(String(id))}/terminate`, params),
        getFreeSpaces: (buildingId, query) =>
            httpClient(
                `${apiUrl}/buildings/${encodeURIComponent(String(buildingId))}/free-spaces${toQuery({
                    from: query.from,
                    to: query.to,
                    type: query.type,
                    minArea: query.minArea,
                    excludeAgreementId: query.excludeAgreementId as string | undefined,
                })}`,
            ).then(({ json }) => ({ data: json as FreeSpace[] })),
        getReport: (name, params = {}) =>
            httpClient(`${apiUrl}/reports/${name}${toQuery(params)}`).then(({ json }) => ({
                data: json,
            })),
        runAllocation: ({ period, buildingId, dryRun }) =>
            post('/allocation-runs', {
                period,
                ...(buildingId ? { buildingId } : {}),
                ...(dryRun ? { dryRun: true } : {}),
            }),
        getMatrix: (period, buildingId) =>
            httpClient(`${apiUrl}/charges/matrix${toQuery({ period, buildingId: String(buildingId) })}`).then(
                ({ json }) => ({ data: json as ApportionmentMatrix }),
            ),
        closePeriod: period => post(`/periods/${encodeURIComponent(period)}/close`),
        importBills: (file, dryRun) => {
            const body = new FormData();
            body.append('file', file, file.name);
            return httpClient(`${apiUrl}/utility-bills/import?dryRun=${dryRun ? 'true' : 'false'}`, {
                method: 'POST',
                body,
            }).then(({ json }) => ({ data: json as BillImportResult }));
        },
        getStatement: query =>
            httpClient(`${apiUrl}/statements${toQuery({ ...query, agencyId: String(query.agencyId) })}`).then(
                ({ json }) => ({ data: json as Statement }),
            ),
        getSavings: params =>
            httpClient(`${apiUrl}/reports/savings${toQuery(params)}`).then(({ json }) => ({
                data: json as SavingsReport,
            })),
    };
};

export const dataProvider = buildDataProvider();
export default dataProvider;
