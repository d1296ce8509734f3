import { Box, Button, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { can } from '../authProvider';
import type { PermissionMatrix } from '../common/types';
import { ExpiringAgreementsCard } from './ExpiringAgreementsCard';
import { OccupancyByBuilding } from './OccupancyByBuilding';
import { RecentChanges } from './RecentChanges';
import { SpacePerPerson } from './SpacePerPerson';
import { TenantsByLevel } from './TenantsByLevel';

const Dashboard = () => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    const { permissions } = usePermissions<PermissionMatrix>();
    const heading = (
        <>
            <Title title={translate('csa.dashboard.title')} />
            <Typography variant="h5" component="h2" sx={{ my: 1 }}>
                {translate('csa.dashboard.welcome', { name: identity?.fullName ?? '' })}
            </Typography>
        </>
    );
    // The waiting lines' staff (clerks, reception) read no reports: their start is their screen.
    if (permissions && !can(permissions, 'reports', 'read')) {
        return (
            <Box sx={{ mt: 1, mb: 3 }}>
                {heading}
                <Stack direction="row" spacing={2}>
                    {can(permissions, 'counters', 'read') ? <Button variant="contained" component={Link} to="/ventanilla">{translate('csa.queue.clerk')}</Button> : null}
                    {can(permissions, 'queue-reports', 'read') ? <Button variant="outlined" component={Link} to="/recepcion">{translate('csa.queue.reception')}</Button> : null}
                </Stack>
            </Box>
        );
    }
    return (
        <Box sx={{ mt: 1, mb: 3 }}>
            {heading}
            <Box
                sx={{
                    display: 'grid',
                    gap: 2,
                    gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: '2fr 1fr 1fr' },
                }}
            >
                <OccupancyByBuilding />
                <ExpiringAgreementsCard />
                <TenantsByLevel />
                <SpacePerPerson />
                <RecentChanges />
            </Box>
        </Box>
    );
};

export default Dashboard;
