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
import { basisChoices, serviceKindChoices, unitChoices } from '../common/choices';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
        <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <SelectInput key="kind" source="kind" choices={serviceKindChoices} alwaysOn />,
    <SelectInput key="basis" source="basis" choices={basisChoices} />,
    <NullableBooleanInput key="active" source="active" />,
];

const UtilityServiceList = () => (
    <List filters={filters} sort={{ field: 'buildingId', order: 'ASC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="buildingId" render={(r: { buildingCode?: string }) => r.buildingCode ?? ''} />
            <DataTable.Col source="name" />
            <DataTable.Col source="kind">
                <SelectField source="kind" choices={serviceKindChoices} />
            </DataTable.Col>
            <DataTable.Col source="basis">
                <SelectField source="basis" choices={basisChoices} />
            </DataTable.Col>
            <DataTable.Col source="supplier" />
            <DataTable.Col source="unit" disableSort>
                <SelectField source="unit" choices={unitChoices} emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="active" field={BooleanField} disableSort />
        </DataTable>
    </List>
);

export default UtilityServiceList;
