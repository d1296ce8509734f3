import { Bar, CartesianGrid, Cell, ComposedChart, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { Box, Chip, Typography } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { formatNumber } from '../common/format';
import { expiryColors, palette } from '../theme';
import { DashboardCard } from './DashboardCard';
import { useReport } from './useReport';
import { TOOLTIP_ITEM_STYLE } from '../common/chartStyles';

interface SpaceRow {
    agencyId: string;
    acronym: string;
    name: string;
    level: string;
    occupiedAreaM2: number;
    headcount: number;
    m2PerPerson: number | null;
    maxM2PerPerson: number;
    overLimit: boolean;
}

export const SpacePerPerson = () => {
    const translate = useTranslate();
    const { data, isPending, error } = useReport<SpaceRow>('space-per-person');
    const rows = (data ?? [])
        .filter(r => r.m2PerPerson !== null && r.m2PerPerson !== undefined)
        .sort((a, b) => (b.m2PerPerson ?? 0) - (a.m2PerPerson ?? 0))
        .slice(0, 15);
    const over = (data ?? []).filter(r => r.overLimit);
    return (
        <DashboardCard title="csa.dashboard.space_per_person" isPending={isPending} error={error} empty={rows.length === 0} testId="dashboard-space">
            <Box
                role="img"
                aria-label={`${translate('csa.dashboard.space_per_person')}: ${rows.map(r => `${r.acronym} ${formatNumber(r.m2PerPerson)}`).join('; ')}`}
                sx={{ width: '100%', height: 280 }}
            >
                <ResponsiveContainer width="100%" height="100%">
                    <ComposedChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 32 }}>
                        <CartesianGrid strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="acronym" angle={-35} textAnchor="end" interval={0} fontSize={12} />
                        <YAxis fontSize={12} />
                        <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} formatter={(value: unknown) => formatNumber(Number(value))} />
                        <Bar dataKey="m2PerPerson" name={translate('csa.dashboard.m2_per_person')} isAnimationActive={false}>
                            {rows.map(r => (
                                <Cell key={r.agencyId} fill={r.overLimit ? expiryColors.red : palette.ocreDark} />
                            ))}
                        </Bar>
                        <Scatter dataKey="maxM2PerPerson" name={translate('csa.dashboard.norm')} fill={palette.grey900} shape="diamond" isAnimationActive={false} />
                    </ComposedChart>
                </ResponsiveContainer>
            </Box>
            <Typography variant="subtitle2" component="p" sx={{ mt: 1, fontWeight: 600 }}>
                {translate('csa.dashboard.over_norm_count', { smart_count: over.length })}
            </Typography>
            <Box component="ul" aria-label={translate('csa.dashboard.over_norm')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, p: 0, m: 0, listStyle: 'none' }}>
                {over.map(r => (
                    <li key={r.agencyId}>
                        <Chip
                            icon={<WarningAmberIcon />}
                            color="error"
                            size="small"
                            label={`${r.acronym}: ${formatNumber(r.m2PerPerson)} / ${formatNumber(r.maxM2PerPerson)} m²`}
                            title={`${r.name} · ${translate('csa.dashboard.over_norm')}`}
                        />
                    </li>
                ))}
            </Box>
        </DashboardCard>
    );
};

