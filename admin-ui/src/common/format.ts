/**
 * Formatting helpers for es-MX. API dates are plain 'YYYY-MM-DD' strings:
 * they are formatted by splitting, never through `new Date()`, so that no
 * timezone shift can turn 1 March into 28 February.
 */
export const TIME_ZONE = 'America/Mexico_City';

const moneyFormat = new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'MXN' });
const areaFormat = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('es-MX', { style: 'percent', maximumFractionDigits: 1 });
const timestampFormat = new Intl.DateTimeFormat('es-MX', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
});

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** '2026-03-01' → '01/03/2026' */
export const formatDate = (value: string | null | undefined): string => {
    if (!value) return '';
    const m = DATE_RE.exec(value);
    if (!m) return value;
    return `${m[3]}/${m[2]}/${m[1]}`;
};

/** ISO timestamp → '01/03/2026, 14:05' in Mexico City time */
export const formatTimestamp = (value: string | null | undefined): string => {
    if (!value) return '';
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return value;
    return timestampFormat.format(d);
};

/** Decimal string or number → '$12,500.00' */
export const formatMoney = (value: string | number | null | undefined): string => {
    if (value === null || value === undefined || value === '') return '';
    const n = typeof value === 'number' ? value : Number(value);
    if (Number.isNaN(n)) return String(value);
    return moneyFormat.format(n);
};

/** 123.5 → '123.5 m²' */
export const formatArea = (value: number | string | null | undefined): string => {
    if (value === null || value === undefined || value === '') return '';
    const n = typeof value === 'number' ? value : Number(value);
    return `${areaFormat.format(n)} m²`;
};

export const formatNumber = (value: number | null | undefined, digits = 2): string =>
    value === null || value === undefined
        ? ''
        : new Intl.NumberFormat('es-MX', { maximumFractionDigits: digits }).format(value);

/** 0.734 → '73.4 %' */
export const formatPercent = (value: number | null | undefined): string =>
    value === null || value === undefined ? '' : percentFormat.format(value);

/** Today's date in Mexico City as 'YYYY-MM-DD'. */
export const todayInMexico = (now: Date = new Date()): string => {
    const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone: TIME_ZONE,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
    }).formatToParts(now);
    const get = (t: string) => parts.find(p => p.type === t)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
};

/** Adds calendar days/months/years to a 'YYYY-MM-DD' date, in UTC arithmetic (no DST issues). */
export const addToDate = (
    date: string,
    { days = 0, months = 0, years = 0 }: { days?: number; months?: number; years?: number },
): string => {
    const m = DATE_RE.exec(date);
    if (!m) return date;
    const d = new Date(Date.UTC(Number(m[1]) + years, Number(m[2]) - 1 + months, Number(m[3]) + days));
    return d.toISOString().slice(0, 10);
};

const MONTHS_ES = [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
    'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
];

/** '2026-10' → 'octubre 2026' (a period is a calendar month). */
export const formatPeriod = (value: string | null | undefined): string => {
    if (!value) return '';
    const m = /^(\d{4})-(\d{2})$/.exec(value);
    if (!m) return value;
    const name = MONTHS_ES[Number(m[2]) - 1];
    return name ? `${name} ${m[1]}` : value;
};

/** A decimal string of any precision shown as-is with es-MX grouping (no float rounding beyond `digits`). */
export const formatQuantity = (value: string | number | null | undefined, digits = 4): string => {
    if (value === null || value === undefined || value === '') return '';
    const n = typeof value === 'number' ? value : Number(value);
    if (Number.isNaN(n)) return String(value);
    return new Intl.NumberFormat('es-MX', { maximumFractionDigits: digits }).format(n);
};
