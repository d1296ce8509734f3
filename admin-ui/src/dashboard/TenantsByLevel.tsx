import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import { DashboardCard } from './DashboardCard';
import { useReport } from './useReport';
import { TOOLTIP_ITEM_STYLE } from '../common/chartStyles';

interface LevelRow {
    level: string;
    agencies: number;
    agreements: number;
    headcount: number;
    occupiedAreaM2: number;
}

const COLORS = ['#8A2036', '#BC955C', '#545454', '#6E1A2D', '#8C6A3A', '#9E9E9E'];

export const TenantsByLevel = () => {
    const translate = useTranslate();
    const { data, isPending, error } = useReport<LevelRow>('tenants-by-level');
    const rows = (data ?? []).map(r => ({ ...r, label: translate(`csa.level.${r.level}`) }));
    const summary = rows.map(r => `${r.label}: ${r.agencies}`).join('; ');
    return (
        <DashboardCard title="csa.dashboard.tenants_by_level" isPending={isPending} error={error} empty={rows.length === 0} testId="dashboard-levels">
            <Box role="img" aria-label={`${translate('csa.dashboard.tenants_by_level')}: ${summary}`} sx={{ width: '100%', height: 280 }}>
                <ResponsiveContainer width="100%" height="100%">
                    <PieChart>
                        <Pie data={rows} dataKey="agencies" nameKey="label" outerRadius={90} isAnimationActive={false} label>
                            {rows.map((r, i) => (
                                <Cell key={r.level} fill={COLORS[i % COLORS.length]} />
                            ))}
                        </Pie>
                        <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} />
                        <Legend />
                    </PieChart>
                </ResponsiveContainer>
            </Box>
        </DashboardCard>
    );
};
