import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import type { SavingsRow } from '../common/costs';
import { formatMoney } from '../common/format';
import { TOOLTIP_ITEM_STYLE } from '../common/chartStyles';

const compact = new Intl.NumberFormat('es-MX', { notation: 'compact', maximumFractionDigits: 1 });

/** Lease savings, electricity savings and vacancy cost per group, as bars. */
export const SavingsChart = ({ rows, label, height = 300 }: { rows: SavingsRow[]; label: string; height?: number }) => {
    const translate = useTranslate();
    const data = rows.map(r => ({
        label: r.label,
        leaseSavings: Number(r.leaseSavings),
        electricitySavings: Number(r.electricitySavings),
        vacancyCost: Number(r.vacancyCost),
    }));
    const summary = rows
        .map(r => `${r.label}: ${formatMoney(r.totalSavings)}`)
        .join('; ');
    return (
        <Box role="img" aria-label={`${label}. ${translate('csa.savings.total_savings')}: ${summary}`} sx={{ width: '100%', height }}>
            <ResponsiveContainer width="100%" height="100%">
                <BarChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
                    <YAxis tickFormatter={v => `$${compact.format(Number(v))}`} width={70} />
                    <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} formatter={v => formatMoney(Number(v))} />
                    <Legend />
                    <Bar dataKey="leaseSavings" name={translate('csa.savings.lease')} stackId="s" fill="#8A2036" isAnimationActive={false} />
                    <Bar dataKey="electricitySavings" name={translate('csa.savings.electricity')} stackId="s" fill="#BC955C" isAnimationActive={false} />
                    <Bar dataKey="vacancyCost" name={translate('csa.savings.vacancy')} fill="#545454" isAnimationActive={false} />
                </BarChart>
            </ResponsiveContainer>
        </Box>
    );
};
