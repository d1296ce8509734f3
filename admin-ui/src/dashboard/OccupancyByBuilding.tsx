import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import { formatPercent } from '../common/format';
import { palette } from '../theme';
import { DashboardCard } from './DashboardCard';
import { useReport } from './useReport';
import { TOOLTIP_ITEM_STYLE } from '../common/chartStyles';

export interface OccupancyRow {
    buildingId: string;
    code: string;
    name: string;
    totalSpaces: number;
    occupiedSpaces: number;
    rentableAreaM2: number;
    occupiedAreaM2: number;
    maintenanceAreaM2: number;
    occupancyRate: number;
}

export const OccupancyByBuilding = () => {
    const translate = useTranslate();
    const { data, isPending, error } = useReport<OccupancyRow>('occupancy');
    const rows = (data ?? []).map(r => ({ ...r, pct: Math.round((r.occupancyRate ?? 0) * 1000) / 10 }));
    const summary = rows.map(r => `${r.code}: ${formatPercent(r.occupancyRate)}`).join('; ');
    return (
        <DashboardCard title="csa.dashboard.occupancy_by_csa" isPending={isPending} error={error} empty={rows.length === 0} testId="dashboard-occupancy">
            <Box role="img" aria-label={`${translate('csa.dashboard.occupancy_by_csa')}: ${summary}`} sx={{ width: '100%', height: 280 }}>
                <ResponsiveContainer width="100%" height="100%">
                    <BarChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 32 }}>
                        <CartesianGrid strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="code" angle={-35} textAnchor="end" interval={0} fontSize={12} />
                        <YAxis domain={[0, 100]} unit=" %" fontSize={12} />
                        <Tooltip
                            itemStyle={TOOLTIP_ITEM_STYLE}
                            formatter={(value: unknown) => [`${value} %`, translate('csa.dashboard.occupancy_rate')]}
                            labelFormatter={(code: unknown) => rows.find(r => r.code === code)?.name ?? String(code)}
                        />
                        <Bar dataKey="pct" name={translate('csa.dashboard.occupancy_rate')} isAnimationActive={false}>
                            {rows.map(r => (
                                <Cell key={r.buildingId} fill={r.occupancyRate >= 0.85 ? palette.guindaDark : palette.guinda} />
                            ))}
                        </Bar>
                    </BarChart>
                </ResponsiveContainer>
            </Box>
        </DashboardCard>
    );
};
