import { Box } from '@mui/material';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { TOOLTIP_ITEM_STYLE } from '../common/chartStyles';
import { formatNumber } from '../common/format';

export interface QueueChartRow {
    label: string;
    issued: number;
    served: number;
    waitMean: number | null;
}

/** At most this many categories are drawn (the table lists them all), the busiest first. */
const CHART_MAX = 25;

/** Tickets issued and served per group (bars) and the mean wait (a line on its own axis, in minutes). */
export const QueueChart = ({ rows, ordered, groupLabel }: { rows: QueueChartRow[]; ordered: boolean; groupLabel: string }) => {
    const translate = useTranslate();
    const shown = ordered ? rows : [...rows].sort((a, b) => b.issued - a.issued).slice(0, CHART_MAX);
    const names = {
        issued: translate('csa.queue.metrics.issued'),
        served: translate('csa.queue.metrics.served'),
        waitMean: translate('csa.queue.metrics.waitMean'),
    };
    const title = translate('csa.queue.chart', { group: groupLabel.toLowerCase() });
    const summary = shown
        .map(r => `${r.label}: ${formatNumber(r.issued, 0)} / ${formatNumber(r.served, 0)} / ${r.waitMean === null ? '—' : formatNumber(r.waitMean, 1)}`)
        .join('; ');
    const rotate = shown.length > 8;
    return (
        <Box role="img" aria-label={`${title}. ${summary}`} sx={{ width: '100%', height: 340, mb: 2 }} data-testid="queue-chart">
            <ResponsiveContainer width="100%" height="100%">
                <ComposedChart data={shown} margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={ordered ? 'preserveStartEnd' : 0} angle={rotate ? -35 : 0} textAnchor={rotate ? 'end' : 'middle'} height={rotate ? 80 : 30} />
                    <YAxis yAxisId="tickets" width={60} tickFormatter={v => formatNumber(Number(v), 0)} />
                    <YAxis yAxisId="minutes" orientation="right" width={50} tickFormatter={v => formatNumber(Number(v), 0)} />
                    <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} formatter={v => formatNumber(Number(v), 1)} />
                    <Legend />
                    <Bar yAxisId="tickets" dataKey="issued" name={names.issued} fill="#BC955C" isAnimationActive={false} />
                    <Bar yAxisId="tickets" dataKey="served" name={names.served} fill="#8A2036" isAnimationActive={false} />
                    <Line yAxisId="minutes" type="monotone" dataKey="waitMean" name={names.waitMean} stroke="#1F4E79" strokeWidth={2} dot={shown.length <= 31} connectNulls isAnimationActive={false} />
                </ComposedChart>
            </ResponsiveContainer>
        </Box>
    );
};
