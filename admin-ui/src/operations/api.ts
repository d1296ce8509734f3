/** The operations API calls that are not react-admin CRUD (docs/api-operations.md). */
import { API_URL } from '../authProvider';
import { toQuery } from '../dataProvider';
import { httpClient } from '../dataProvider/httpClient';
import type {
    AttendanceGroupBy,
    AttendanceReport,
    CalendarYear,
    IndicatorReport,
    OperationImportResult,
    SuggestionGroupBy,
    SuggestionStats,
} from './types';

const getJson = <T>(path: string): Promise<T> => httpClient(`${API_URL}${path}`).then(({ json }) => json as T);

export const getCalendarYear = (year: number) => getJson<CalendarYear>(`/calendar/${year}`);

export const getIndicator = (year: number, buildingId?: string | null) =>
    getJson<IndicatorReport>(`/reports/operation-indicator${toQuery({ year, buildingId })}`);

export interface AttendanceQuery {
    from: string;
    to: string;
    groupBy: AttendanceGroupBy;
    buildingId?: string | null;
    agencyId?: string | null;
    level?: string | null;
}

export const attendancePath = (q: AttendanceQuery, format?: 'xlsx' | 'csv') =>
    `/reports/attendance${toQuery({ ...q, format })}`;

export const getAttendance = (q: AttendanceQuery) => getJson<AttendanceReport>(attendancePath(q));

export const getSuggestionStats = (q: { from: string; to: string; groupBy: SuggestionGroupBy }) =>
    getJson<SuggestionStats>(`/reports/suggestions${toQuery(q)}`);

export const importOperationDays = (file: File, dryRun: boolean): Promise<OperationImportResult> => {
    const body = new FormData();
    body.append('file', file, file.name);
    return httpClient(`${API_URL}/operation-days/import?dryRun=${dryRun ? 'true' : 'false'}`, {
        method: 'POST',
        body,
    }).then(({ json }) => json as OperationImportResult);
};
