import type { Identifier } from 'react-admin';
import type { IndicatorRow } from './types';

export interface IndicatorLine {
    buildingId: Identifier;
    code: string;
    name: string;
    /** January to December; undefined where the report has no row (e.g. before the building opened). */
    months: (IndicatorRow | undefined)[];
    year: IndicatorRow | undefined;
    /** Every closed working day of the year, in date order. */
    closedWorkingDays: { date: string; reason: string | null }[];
}

/** The report's rows (building × month, plus the year) as one line per building, by code. */
export const pivotIndicator = (rows: IndicatorRow[]): IndicatorLine[] => {
    const lines = new Map<string, IndicatorLine>();
    for (const row of rows) {
        const key = String(row.buildingId);
        let line = lines.get(key);
        if (!line) {
            line = { buildingId: row.buildingId, code: row.code, name: row.name, months: Array(12).fill(undefined), year: undefined, closedWorkingDays: [] };
            lines.set(key, line);
        }
        if (row.month === null) line.year = row;
        else if (row.month >= 1 && row.month <= 12) line.months[row.month - 1] = row;
    }
    for (const line of lines.values()) {
        const days = line.year
            ? line.year.closedWorkingDays
            : line.months.flatMap(m => m?.closedWorkingDays ?? []);
        line.closedWorkingDays = [...days].sort((a, b) => a.date.localeCompare(b.date));
    }
    return [...lines.values()].sort((a, b) => a.code.localeCompare(b.code));
};

const percent = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 });

/** 98.5 → '98.5' (a percentage, for the table's cells); null (no working days counted) → '—'. */
export const formatIndicatorValue = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : percent.format(value);

/** 98.5 → '98.5 %'; null → '—'. */
export const formatIndicator = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : `${percent.format(value)} %`;

/** Below 100 % the CSA missed working days; below 95 % it is flagged. */
export const indicatorLevel = (value: number | null | undefined): 'full' | 'partial' | 'low' | 'none' =>
    value === null || value === undefined ? 'none' : value >= 100 ? 'full' : value >= 95 ? 'partial' : 'low';
