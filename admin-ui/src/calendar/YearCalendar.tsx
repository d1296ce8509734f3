import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CalendarDay, CalendarKind } from '../operations/types';

/** Colours of the kinds of day (AA contrast with their text colour). */
export const DAY_COLORS: Record<CalendarKind, { bg: string; fg: string }> = {
    weekend: { bg: '#E0E0E0', fg: '#2B2B2B' },
    holiday: { bg: '#8A2036', fg: '#FFFFFF' },
    state_holiday: { bg: '#8C6A3A', fg: '#FFFFFF' },
    non_working: { bg: '#545454', fg: '#FFFFFF' },
    working: { bg: '#E8F5E9', fg: '#1B5E20' },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Weeks of a month, Monday first: null for the cells before the 1st and after the last day. */
export const monthWeeks = (year: number, month: number): (number | null)[][] => {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const offset = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
    const cells: (number | null)[] = [...Array<null>(offset).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
    while (cells.length % 7) cells.push(null);
    return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
};

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * The year at a glance: twelve months, every non-working day coloured by its kind
 * (weekend, national holiday, state holiday, declared non-working; declared working days marked).
 */
export const YearCalendar = ({ year, days }: { year: number; days: CalendarDay[] }) => {
    const translate = useTranslate();
    const byDate = new Map(days.map(d => [d.date, d]));
    return (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: 'repeat(3, 1fr)', xl: 'repeat(4, 1fr)' } }}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map(month => (
                <Box component="table" key={month} sx={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', fontSize: 13 }} data-testid={`month-${month}`}>
                    <Typography component="caption" variant="subtitle1" sx={{ fontWeight: 700, textAlign: 'left', pb: 0.5 }}>
                        {translate(`csa.calendar.months.m${month}`)} {year}
                    </Typography>
                    <thead>
                        <tr>
                            {WEEKDAYS.map(w => (
                                <Box component="th" scope="col" key={w} abbr={translate(`csa.calendar.weekdays.${w}`)} sx={{ fontWeight: 600, color: 'text.secondary', py: 0.25 }}>
                                    {translate(`csa.calendar.weekdays_short.${w}`)}
                                </Box>
                            ))}
                        </tr>
                    </thead>
                    <tbody>
                        {monthWeeks(year, month).map((week, w) => (
                            <tr key={w}>
                                {week.map((d, i) => {
                                    if (d === null) return <td key={i} />;
                                    const date = `${year}-${pad(month)}-${pad(d)}`;
                                    const info = byDate.get(date);
                                    const c = info ? DAY_COLORS[info.kind] : null;
                                    const label = info
                                        ? `${d}: ${translate(`csa.calendar.kind.${info.kind}`)}${info.name ? ` · ${info.name}` : ''}`
                                        : undefined;
                                    return (
                                        <Box
                                            component="td"
                                            key={i}
                                            title={label}
                                            data-date={date}
                                            data-kind={info?.kind ?? 'working_day'}
                                            sx={{
                                                textAlign: 'center',
                                                py: 0.4,
                                                border: '1px solid',
                                                borderColor: info?.kind === 'working' ? '#1B5E20' : 'transparent',
                                                bgcolor: c?.bg,
                                                color: c?.fg,
                                                fontWeight: info && info.kind !== 'weekend' ? 700 : 400,
                                            }}
                                        >
                                            {d}
                                            {label ? (
                                                <Box component="span" sx={visuallyHidden}>
                                                    {` ${label.slice(String(d).length + 1)}`}
                                                </Box>
                                            ) : null}
                                        </Box>
                                    );
                                })}
                            </tr>
                        ))}
                    </tbody>
                </Box>
            ))}
        </Box>
    );
};

const visuallyHidden = {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
} as const;

export const CalendarLegend = () => {
    const translate = useTranslate();
    return (
        <Box component="ul" aria-label={translate('csa.calendar.legend')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, m: 0 }}>
            {(Object.keys(DAY_COLORS) as CalendarKind[]).map(kind => (
                <Box component="li" key={kind} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
                    <Box
                        aria-hidden="true"
                        sx={{ width: 16, height: 16, borderRadius: 0.5, bgcolor: DAY_COLORS[kind].bg, border: '1px solid', borderColor: kind === 'working' ? '#1B5E20' : 'divider' }}
                    />
                    <Typography variant="body2">{translate(`csa.calendar.kind.${kind}`)}</Typography>
                </Box>
            ))}
        </Box>
    );
};
