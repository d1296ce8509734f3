import {
    ArrayField,
    BooleanField,
    DataTable,
    ReferenceField,
    SelectField,
    Show,
    SimpleShowLayout,
    TextField,
    useRecordContext,
} from 'react-admin';
import { basisChoices, serviceKindChoices, unitChoices } from '../common/choices';
import { MoneyField, TimestampField } from '../common/fields';
import type { UtilityService } from '../common/costs';

const Title = () => {
    const record = useRecordContext<UtilityService>();
    return <span>{record ? `${record.buildingCode ?? ''} · ${record.name}` : ''}</span>;
};

const UtilityServiceShow = () => (
    <Show title={<Title />}>
        <SimpleShowLayout>
            <ReferenceField source="buildingId" reference="buildings" link="show" />
            <TextField source="name" />
            <SelectField source="kind" choices={serviceKindChoices} />
            <TextField source="supplier" emptyText="—" />
            <TextField source="contractNumber" emptyText="—" />
            <SelectField source="unit" choices={unitChoices} emptyText="—" />
            <SelectField source="basis" choices={basisChoices} />
            <BooleanField source="active" />
            <ArrayField source="exemptions">
                <DataTable bulkActionButtons={false} empty={<span>—</span>}>
                    <DataTable.Col source="agencyId" label="resources.utility-services.fields.agencyId">
                        <ReferenceField source="agencyId" reference="agencies" link="show" />
                    </DataTable.Col>
                    <DataTable.Col source="reason" label="resources.utility-services.fields.reason" />
                </DataTable>
            </ArrayField>
            <ArrayField source="fixedShares">
                <DataTable bulkActionButtons={false} empty={<span>—</span>}>
                    <DataTable.Col source="agencyId" label="resources.utility-services.fields.agencyId">
                        <ReferenceField source="agencyId" reference="agencies" link="show" />
                    </DataTable.Col>
                    <DataTable.Col source="monthlyAmount" label="resources.utility-services.fields.monthlyAmount" field={MoneyField} />
                </DataTable>
            </ArrayField>
            <TextField source="notes" emptyText="—" />
            <TimestampField source="updatedAt" />
        </SimpleShowLayout>
    </Show>
);

export default UtilityServiceShow;
