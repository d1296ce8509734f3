import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import { formatNumber } from '../common/format';
import { shortLabel } from './labels';
import type { AttendanceGroupBy, AttendanceRow } from './types';
import { TOOLTIP_ITEM_STYLE } from '../common/chartStyles';

const compact = new Intl.NumberFormat('es-MX', { notation: 'compact', maximumFractionDigits: 1 });
/** Series over time are lines; categories are bars. */
export const chartKind = (groupBy: AttendanceGroupBy) => (groupBy === 'year' || groupBy === 'month' ? 'line' : 'bar');
export const CHART_MAX = 25;

/** Visitors and procedures per group: lines over time, bars per building, agency or level. */
export const AttendanceChart = ({ rows, groupBy, label }: { rows: AttendanceRow[]; groupBy: AttendanceGroupBy; label: string }) => {
    const translate = useTranslate();
    const kind = chartKind(groupBy);
    // Categories: the largest first, at most CHART_MAX bars (the table lists them all).
    const shown = kind === 'bar' ? [...rows].sort((a, b) => b.visitors - a.visitors).slice(0, CHART_MAX) : rows;
    const data = shown.map(r => ({ label: shortLabel(r.label), visitors: r.visitors, procedures: r.procedures }));
    const visitors = translate('csa.attendance.visitors');
    const procedures = translate('csa.attendance.procedures');
    const summary = shown.map(r => `${r.label}: ${formatNumber(r.visitors, 0)} / ${formatNumber(r.procedures, 0)}`).join('; ');
    const rotate = kind === 'bar' && data.length > 8;
    const axis = [
            <CartesianGrid key="grid" strokeDasharray="3 3" />,
            <XAxis key="x" dataKey="label" tick={{ fontSize: 12 }} interval={kind === 'bar' ? 0 : 'preserveStartEnd'} angle={rotate ? -35 : 0} textAnchor={rotate ? 'end' : 'middle'} height={rotate ? 80 : 30} />,
            <YAxis key="y" tickFormatter={v => compact.format(Number(v))} width={60} />,
            <Tooltip key="tip" itemStyle={TOOLTIP_ITEM_STYLE} formatter={v => formatNumber(Number(v), 0)} />,
            <Legend key="legend" />,
    ];
    return (
        <Box role="img" aria-label={`${label}. ${visitors} / ${procedures}: ${summary}`} sx={{ width: '100%', height: 360 }} data-testid="attendance-chart">
            <ResponsiveContainer width="100%" height="100%">
                {kind === 'line' ? (
                    <LineChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
                        {axis}
                        <Line type="monotone" dataKey="visitors" name={visitors} stroke="#8A2036" strokeWidth={2} dot={data.length <= 24} isAnimationActive={false} />
                        <Line type="monotone" dataKey="procedures" name={procedures} stroke="#8C6A3A" strokeWidth={2} dot={data.length <= 24} isAnimationActive={false} />
                    </LineChart>
                ) : (
                    <BarChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
                        {axis}
                        <Bar dataKey="visitors" name={visitors} fill="#8A2036" isAnimationActive={false} />
                        <Bar dataKey="procedures" name={procedures} fill="#BC955C" isAnimationActive={false} />
                    </BarChart>
                )}
            </ResponsiveContainer>
        </Box>
    );
};
