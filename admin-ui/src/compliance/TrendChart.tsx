import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPeriod } from '../common/format';
import type { TrendPoint } from './types';
import { TOOLTIP_ITEM_STYLE } from '../common/chartStyles';

const shortPeriod = (p: string) => formatPeriod(p).replace(/^(\w{3})\w*/, '$1');

/** Score of the last 12 months (0–100); months with nothing checked are gaps. */
export const TrendChart = ({ trend, label }: { trend: TrendPoint[]; label: string }) => (
    <div role="img" aria-label={label} data-testid="compliance-trend" style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer width="100%" height="100%">
            <LineChart data={trend} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="period" tickFormatter={shortPeriod} fontSize={12} />
                <YAxis domain={[0, 100]} fontSize={12} width={40} />
                <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} labelFormatter={p => formatPeriod(String(p))} formatter={v => [`${Number(v).toFixed(1)}`, 'Puntaje']} />
                <Line type="monotone" dataKey="score" stroke="#8A2036" strokeWidth={3} dot={{ r: 4 }} connectNulls={false} isAnimationActive={false} />
            </LineChart>
        </ResponsiveContainer>
    </div>
);
