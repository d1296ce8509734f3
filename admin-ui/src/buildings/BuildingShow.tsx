import {
    BooleanField,
    EditButton,
    ListButton,
    NumberField,
    Show,
    SimpleShowLayout,
    TextField,
    TopToolbar,
    useRecordContext,
    useTranslate,
} from 'react-admin';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { AreaField, DateOnlyField, PercentField, TimestampField } from '../common/fields';
import type { Building } from '../common/types';
import { AssignSpaceButton } from '../assignment/AssignSpaceButton';
import { BuildingPlan } from './BuildingPlan';
import { ExpiringAgreements } from './ExpiringAgreements';

const BuildingTitle = () => {
    const record = useRecordContext<Building>();
    return <span>{record ? `${record.code} · ${record.name}` : ''}</span>;
};

const BuildingShowActions = () => {
    const record = useRecordContext<Building>();
    return (
        <TopToolbar>
            <AssignSpaceButton buildingId={record?.id} />
            <EditButton />
            <ListButton />
        </TopToolbar>
    );
};

const Panel = ({ title, children }: { title: string; children: React.ReactNode }) => {
    const translate = useTranslate();
    return (
        <Card variant="outlined" component="section" aria-label={translate(title)} sx={{ mb: 2 }}>
            <CardContent>
                <Typography variant="h6" component="h2" gutterBottom>
                    {translate(title)}
                </Typography>
                {children}
            </CardContent>
        </Card>
    );
};

const BuildingShow = () => (
    <Show title={<BuildingTitle />} actions={<BuildingShowActions />} component="div">
        <Panel title="csa.plan.title">
            <BuildingPlan />
        </Panel>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
            <Box sx={{ flex: '1 1 360px' }}>
                <Panel title="csa.plan.expiring_title">
                    <ExpiringAgreements />
                </Panel>
            </Box>
            <Box sx={{ flex: '2 1 480px' }}>
                <Panel title="ra.message.details">
                    <SimpleShowLayout sx={{ p: 0 }}>
                        <TextField source="code" />
                        <TextField source="name" />
                        <TextField source="municipality" />
                        <TextField source="address" emptyText="—" />
                        <TextField source="region" emptyText="—" />
                        <TextField source="phone" emptyText="—" />
                        <DateOnlyField source="openedOn" />
                        <BooleanField source="modernized" />
                        <TextField source="operatingDays" emptyText="—" />
                        <TextField source="opensAt" emptyText="—" />
                        <TextField source="closesAt" emptyText="—" />
                        <NumberField source="spaceCount" />
                        <AreaField source="grossAreaM2" />
                        <AreaField source="commonAreaM2" />
                        <AreaField source="rentableAreaM2" />
                        <AreaField source="occupiedAreaM2" />
                        <PercentField source="occupancyRate" />
                        <NumberField source="ruRatio" />
                        <BooleanField source="active" />
                        <TextField source="notes" emptyText="—" />
                        <TimestampField source="updatedAt" />
                    </SimpleShowLayout>
                </Panel>
            </Box>
        </Box>
    </Show>
);

export default BuildingShow;
