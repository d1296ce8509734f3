import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Alert, List, ListItem } from '@mui/material';
import { PeriodField } from '../common/costFields';
import type { AllocationRun } from '../common/costs';
import { MoneyField, TimestampField } from '../common/fields';

const Warnings = (_props: { label?: string }) => {
    const record = useRecordContext<AllocationRun>();
    const translate = useTranslate();
    if (!record?.warnings?.length) return <span>{translate('csa.allocation.no_warnings')}</span>;
    return (
        <List dense disablePadding>
            {record.warnings.map((w, i) => (
                <ListItem key={i} disableGutters>
                    <Alert severity="warning" sx={{ width: '100%' }}>
                        {w.message}
                    </Alert>
                </ListItem>
            ))}
        </List>
    );
};

const AllocationRunShow = () => (
    <Show>
        <SimpleShowLayout>
            <PeriodField source="period" />
            <ReferenceField source="buildingId" reference="buildings" link="show" emptyText="csa.allocation.all_buildings" />
            <TimestampField source="startedAt" />
            <TextField source="runBy" />
            <NumberField source="bills" />
            <NumberField source="charges" />
            <MoneyField source="totalAmount" />
            <MoneyField source="vacancyAmount" />
            <Warnings label="resources.allocation-runs.fields.warnings" />
        </SimpleShowLayout>
    </Show>
);

export default AllocationRunShow;
