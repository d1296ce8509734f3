import {
    DataTable,
    List,
    NullableBooleanInput,
    SearchInput,
    TextInput,
    BooleanField,
} from 'react-admin';
import { PercentField } from '../common/fields';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <TextInput key="region" source="region" />,
    <TextInput key="municipality" source="municipality" />,
    <NullableBooleanInput key="modernized" source="modernized" />,
    <NullableBooleanInput key="active" source="active" />,
];

const BuildingList = () => (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="code" />
            <DataTable.Col source="name" />
            <DataTable.Col source="municipality" />
            <DataTable.Col source="region" />
            <DataTable.NumberCol source="spaceCount" disableSort />
            <DataTable.Col source="occupancyRate" field={PercentField} />
            <DataTable.Col source="modernized" field={BooleanField} disableSort />
            <DataTable.Col source="active" field={BooleanField} disableSort />
        </DataTable>
    </List>
);

export default BuildingList;
