import {
    BooleanField,
    DataTable,
    List,
    NullableBooleanInput,
    SearchInput,
    SelectField,
    SelectInput,
} from 'react-admin';
import { roleChoices } from '../common/choices';
import { TimestampField } from '../common/fields';
import { AgencyInput } from '../common/AgencyInput';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
    <AgencyInput key="agencyId" source="agencyId" />,
    <NullableBooleanInput key="active" source="active" />,
];

const UserList = () => (
    <List filters={filters} sort={{ field: 'username', order: 'ASC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="username" />
            <DataTable.Col source="fullName" />
            <DataTable.Col source="email" />
            <DataTable.Col source="role">
                <SelectField source="role" choices={roleChoices} />
            </DataTable.Col>
            <DataTable.Col source="lastLoginAt" field={TimestampField} disableSort />
            <DataTable.Col source="active" field={BooleanField} disableSort />
        </DataTable>
    </List>
);

export default UserList;
