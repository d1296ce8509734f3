import {
    AutocompleteInput,
    BooleanField,
    DataTable,
    List,
    NullableBooleanInput,
    ReferenceInput,
    SearchInput,
    SelectField,
    SelectInput,
} from 'react-admin';
import { meterKindChoices } from '../common/choices';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
        <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <ReferenceInput key="serviceId" source="serviceId" reference="utility-services" sort={{ field: 'buildingId', order: 'ASC' }}>
        <AutocompleteInput filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <SelectInput key="kind" source="kind" choices={meterKindChoices} />,
    <NullableBooleanInput key="active" source="active" />,
];

const MeterList = () => (
    <List filters={filters} sort={{ field: 'buildingId', order: 'ASC' }} perPage={25}>
        <DataTable rowClick="edit" bulkActionButtons={false}>
            <DataTable.Col source="buildingId" render={(r: { buildingCode?: string }) => r.buildingCode ?? ''} />
            <DataTable.Col source="serviceId" render={(r: { serviceName?: string }) => r.serviceName ?? ''} />
            <DataTable.Col source="code" />
            <DataTable.Col source="kind">
                <SelectField source="kind" choices={meterKindChoices} />
            </DataTable.Col>
            <DataTable.Col source="spaceId" disableSort render={(r: { spaceCode?: string | null }) => r.spaceCode ?? '—'} />
            <DataTable.Col source="active" field={BooleanField} />
        </DataTable>
    </List>
);

export default MeterList;
