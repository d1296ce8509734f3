import {
    BooleanField,
    DataTable,
    EmailField,
    NumberField,
    ReferenceField,
    ReferenceManyField,
    SelectField,
    Show,
    SimpleShowLayout,
    TextField,
    useRecordContext,
} from 'react-admin';
import { levelChoices } from '../common/choices';
import { AgreementStatusField, DateOnlyField, TimestampField } from '../common/fields';

const AgencyTitle = () => {
    const record = useRecordContext<{ acronym?: string; name?: string }>();
    return <span>{record ? `${record.acronym ?? ''} · ${record.name ?? ''}` : ''}</span>;
};

const AgencyShow = () => (
    <Show title={<AgencyTitle />}>
        <SimpleShowLayout>
            <TextField source="name" />
            <TextField source="acronym" />
            <SelectField source="level" choices={levelChoices} />
            <ReferenceField source="parentId" reference="agencies" link="show" emptyText="—" />
            <TextField source="rfc" emptyText="—" />
            <TextField source="liaisonName" emptyText="—" />
            <EmailField source="liaisonEmail" emptyText="—" />
            <TextField source="liaisonPhone" emptyText="—" />
            <NumberField source="maxM2PerPerson" emptyText="—" />
            <NumberField source="activeAgreements" />
            <BooleanField source="active" />
            <TextField source="notes" emptyText="—" />
            <TimestampField source="updatedAt" />
            <ReferenceManyField
                reference="agreements"
                target="agencyId"
                label="csa.agency_agreements"
                sort={{ field: 'startDate', order: 'DESC' }}
                perPage={25}
            >
                <DataTable rowClick="show" bulkActionButtons={false}>
                    <DataTable.Col source="folio" />
                    <DataTable.Col source="buildingCode" />
                    <DataTable.Col source="spaceCodes" render={(r: { spaceCodes?: string[] }) => (r.spaceCodes ?? []).join(', ')} />
                    <DataTable.Col source="startDate" field={DateOnlyField} />
                    <DataTable.Col source="endDate" field={DateOnlyField} />
                    <DataTable.Col source="status" field={AgreementStatusField} />
                </DataTable>
            </ReferenceManyField>
        </SimpleShowLayout>
    </Show>
);

export default AgencyShow;
