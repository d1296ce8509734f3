import {
    BooleanField,
    DataTable,
    List,
    NullableBooleanInput,
    SearchInput,
    SelectField,
    SelectInput,
} from 'react-admin';
import { levelChoices } from '../common/choices';
import { AgencyInput } from '../common/AgencyInput';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="level" source="level" choices={levelChoices} alwaysOn />,
    <AgencyInput key="parentId" source="parentId" />,
    <NullableBooleanInput key="active" source="active" />,
];

const AgencyList = () => (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="acronym" />
            <DataTable.Col source="name" />
            <DataTable.Col source="level">
                <SelectField source="level" choices={levelChoices} />
            </DataTable.Col>
            <DataTable.Col source="liaisonName" disableSort />
            <DataTable.NumberCol source="activeAgreements" disableSort />
            <DataTable.Col source="active" field={BooleanField} disableSort />
        </DataTable>
    </List>
);

export default AgencyList;
