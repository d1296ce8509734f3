import { Box, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { ExpiringAgreementsCard } from './ExpiringAgreementsCard';
import { OccupancyByBuilding } from './OccupancyByBuilding';
import { RecentChanges } from './RecentChanges';
import { SpacePerPerson } from './SpacePerPerson';
import { TenantsByLevel } from './TenantsByLevel';

const Dashboard = () => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    return (
        <Box sx={{ mt: 1, mb: 3 }}>
            <Title title={translate('csa.dashboard.title')} />
            <Typography variant="h5" component="h2" sx={{ my: 1 }}>
                {translate('csa.dashboard.welcome', { name: identity?.fullName ?? '' })}
            </Typography>
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
