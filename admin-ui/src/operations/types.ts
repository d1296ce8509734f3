/** Types of the operations API (docs/api-operations.md). */
import type { Identifier, RaRecord } from 'react-admin';

export const CALENDAR_KINDS = ['weekend', 'holiday', 'state_holiday', 'non_working', 'working'] as const;
export const DECLARED_KINDS = ['state_holiday', 'non_working', 'working'] as const;
export const DAY_STATUSES = ['open', 'closed'] as const;
export const ATTENDANCE_GROUPS = ['year', 'month', 'building', 'agency', 'level'] as const;
export const SUGGESTION_CATEGORIES = ['suggestion', 'complaint', 'praise', 'question', 'other'] as const;
export const SUGGESTION_STATUSES = ['new', 'in_review', 'answered', 'closed'] as const;
export const SUGGESTION_PRIORITIES = ['low', 'normal', 'high'] as const;
export const SUGGESTION_GROUPS = ['building', 'agency', 'category', 'month'] as const;

export type CalendarKind = (typeof CALENDAR_KINDS)[number];
export type DeclaredKind = (typeof DECLARED_KINDS)[number];
export type AttendanceGroupBy = (typeof ATTENDANCE_GROUPS)[number];
export type SuggestionCategory = (typeof SUGGESTION_CATEGORIES)[number];
export type SuggestionGroupBy = (typeof SUGGESTION_GROUPS)[number];

export interface CalendarDay {
    date: string;
    kind: CalendarKind;
    name: string | null;
    source: 'computed' | 'declared';
}

export interface CalendarYear {
    year: number;
    workingDays: number;
    days: CalendarDay[];
}

export interface DayCount {
    agencyId: Identifier;
    agencyAcronym?: string;
    visitors: number;
    procedures: number;
}

export interface OperationDay extends RaRecord {
    buildingId: Identifier;
    buildingCode?: string;
    date: string;
    status: 'open' | 'closed';
    closedReason?: string | null;
    counts: DayCount[];
    visitors?: number;
    procedures?: number;
    workingDay?: boolean;
}

export interface ImportLineError {
    line: number;
    field?: string | null;
    message: string;
}

export interface OperationImportResult {
    dryRun: boolean;
    rows: number;
    days: number;
    buildings: number;
    from: string | null;
    to: string | null;
    errors: ImportLineError[];
    imported: number;
}

export interface IndicatorRow {
    buildingId: Identifier;
    code: string;
    name: string;
    /** 1–12, or null for the whole year. */
    month: number | null;
    workingDays: number;
    daysOperated: number;
    indicator: number | null;
    closedWorkingDays: { date: string; reason: string | null }[];
}

export interface IndicatorReport {
    year: number;
    rows: IndicatorRow[];
}

export interface AttendanceRow {
    key: string;
    label: string;
    visitors: number;
    procedures: number;
}

export interface AttendanceReport {
    from: string;
    to: string;
    groupBy: AttendanceGroupBy;
    rows: AttendanceRow[];
    totals: { visitors: number; procedures: number };
    illustrative: boolean;
}

export interface SuggestionStatsRow {
    key: string;
    label: string;
    count: number;
    averageRating: number | null;
    open: number;
    answered: number;
    closed: number;
}

export interface SuggestionStats {
    rows: SuggestionStatsRow[];
    totals: Omit<SuggestionStatsRow, 'key' | 'label'>;
}

export interface Suggestion extends RaRecord {
    folio: string;
    buildingId: Identifier;
    buildingCode?: string;
    agencyId?: Identifier | null;
    agencyAcronym?: string | null;
    category: SuggestionCategory;
    rating: number;
    text: string;
    status: (typeof SUGGESTION_STATUSES)[number];
    priority: (typeof SUGGESTION_PRIORITIES)[number];
    answer?: string | null;
    answeredOn?: string | null;
    answeredBy?: string | null;
    closedOn?: string | null;
    createdOn: string;
}

/** 'YYYY-MM' */
export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
