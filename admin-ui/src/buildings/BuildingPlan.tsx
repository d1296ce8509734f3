import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate, type Identifier } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { formatPercent } from '../common/format';
import type { Building, Space } from '../common/types';
import { OccupancyPlan, spaceState } from './OccupancyPlan';

/** The occupancy plan of the building in context: every space (range [0,999]), today. */
export const BuildingPlan = () => {
    const record = useRecordContext<Building>();
    const translate = useTranslate();
    const navigate = useNavigate();
    const { data, isPending, error } = useGetList<Space>(
        'spaces',
        {
            filter: { buildingId: record?.id },
            pagination: { page: 1, perPage: 1000 },
            sort: { field: 'code', order: 'ASC' },
        },
        { enabled: !!record?.id },
    );
    if (!record) return null;
    if (isPending) return <CircularProgress />;
    if (error) return <Alert severity="error">{translate('csa.errors.load')}</Alert>;
    const spaces = data ?? [];
    const occupied = spaces.filter(s => spaceState(s) === 'occupied').length;
    return (
        <Box>
            <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', alignItems: 'baseline', mb: 1 }}>
                <Typography variant="h4" component="p" sx={{ fontWeight: 700, color: 'primary.dark' }} data-testid="occupancy-rate">
                    {formatPercent(record.occupancyRate ?? 0)}
                </Typography>
                <Typography variant="body1" component="p">
                    {translate('csa.plan.occupancy_value', { rate: formatPercent(record.occupancyRate ?? 0) })}
                    {' · '}
                    {translate('csa.plan.spaces_summary', { occupied, total: spaces.length })}
                </Typography>
            </Box>
            <OccupancyPlan
                spaces={spaces}
                label={translate('csa.plan.plan_label', { building: record.code })}
                onSelect={space => navigate(`/spaces/${encodeURIComponent(String(space.id))}/show`)}
            />
        </Box>
    );
};

export const useBuildingId = (): Identifier | undefined => useRecordContext<Building>()?.id;
