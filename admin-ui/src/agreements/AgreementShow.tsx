import {
    ArrayField,
    ChipField,
    DataTable,
    DeleteButton,
    EditButton,
    FunctionField,
    Labeled,
    NumberField,
    ReferenceArrayField,
    ReferenceField,
    SelectField,
    Show,
    SingleFieldList,
    TabbedShowLayout,
    TextField,
    TopToolbar,
    useRecordContext,
    useTranslate,
} from 'react-admin';
import { Box } from '@mui/material';
import { kindChoices } from '../common/choices';
import { AgreementStatusField, AreaField, DateOnlyField, MoneyField, TimestampField } from '../common/fields';
import type { Agreement } from '../common/types';
import { expiryColor } from '../dashboard/expiry';
import { ActivateButton, ExtendButton, TerminateButton } from './AgreementActions';

const AgreementTitle = () => {
    const record = useRecordContext<Agreement>();
    const translate = useTranslate();
    return (
        <span>
            {translate('resources.agreements.name', { smart_count: 1 })} {record?.folio ?? ''}
        </span>
    );
};

const AgreementShowActions = () => {
    const record = useRecordContext<Agreement>();
    return (
        <TopToolbar>
            <ActivateButton />
            <ExtendButton />
            <TerminateButton />
            {record && (record.status === 'draft' || record.status === 'active') ? <EditButton /> : null}
            {record?.status === 'draft' ? <DeleteButton mutationMode="pessimistic" /> : null}
        </TopToolbar>
    );
};

const DaysToExpiry = () => {
    const record = useRecordContext<Agreement>();
    const translate = useTranslate();
    if (!record || record.status !== 'active' || record.daysToExpiry == null) return null;
    return (
        <Box component="span" sx={{ color: expiryColor(record.daysToExpiry), fontWeight: 700 }}>
            {translate('csa.agreement.expiring_soon', { smart_count: record.daysToExpiry })}
        </Box>
    );
};

const AgreementShow = () => (
    <Show title={<AgreementTitle />} actions={<AgreementShowActions />}>
        <TabbedShowLayout>
            <TabbedShowLayout.Tab label="csa.agreement.terms">
                <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                    <Labeled><TextField source="folio" /></Labeled>
                    <Labeled><AgreementStatusField source="status" /></Labeled>
                    <Labeled><SelectField source="kind" choices={kindChoices} /></Labeled>
                </Box>
                <ReferenceField source="agencyId" reference="agencies" link="show" />
                <ReferenceField source="buildingId" reference="buildings" link="show" />
                <ReferenceArrayField source="spaceIds" reference="spaces">
                    <SingleFieldList linkType="show">
                        <ChipField source="code" size="small" />
                    </SingleFieldList>
                </ReferenceArrayField>
                <AreaField source="usableAreaM2" />
                <NumberField source="headcount" />
                <FunctionField
                    source="monthlyRent"
                    render={(r: Agreement) => (r.kind === 'lease' ? <MoneyField source="monthlyRent" /> : '—')}
                />
                <TextField source="notes" emptyText="—" />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="csa.agreement.period" path="period">
                <DateOnlyField source="startDate" />
                <DateOnlyField source="endDate" />
                <FunctionField source="daysToExpiry" render={() => <DaysToExpiry />} />
                <TimestampField source="activatedAt" />
                <DateOnlyField source="terminatedOn" />
                <TextField source="terminationReason" emptyText="—" />
                <TimestampField source="createdAt" />
                <TimestampField source="updatedAt" />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="csa.agreement.savings" path="savings">
                <MoneyField source="referenceRentPerM2" />
                <MoneyField source="previousMonthlyRent" />
                <MoneyField source="previousMonthlyElectricity" />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="csa.agreement.terms_history" path="terms">
                <ArrayField source="terms" label={false}>
                    <DataTable bulkActionButtons={false} empty={<span>—</span>}>
                        <DataTable.Col source="startsOn" label="resources.agreements.fields.startsOn" field={DateOnlyField} />
                        <DataTable.Col source="endsOn" label="resources.agreements.fields.endsOn" field={DateOnlyField} />
                        <DataTable.Col source="kind" label="resources.agreements.fields.kind">
                            <SelectField source="kind" choices={kindChoices} />
                        </DataTable.Col>
                        <DataTable.Col source="monthlyRent" label="resources.agreements.fields.monthlyRent" field={MoneyField} />
                        <DataTable.Col source="referenceRentPerM2" label="resources.agreements.fields.referenceRentPerM2" field={MoneyField} />
                        <DataTable.Col source="previousMonthlyRent" label="resources.agreements.fields.previousMonthlyRent" field={MoneyField} />
                        <DataTable.Col source="previousMonthlyElectricity" label="resources.agreements.fields.previousMonthlyElectricity" field={MoneyField} />
                    </DataTable>
                </ArrayField>
            </TabbedShowLayout.Tab>
        </TabbedShowLayout>
    </Show>
);

export default AgreementShow;
