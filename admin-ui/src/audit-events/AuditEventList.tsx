import {
    AutocompleteInput,
    DataTable,
    DateTimeInput,
    List,
    ReferenceInput,
    SelectField,
    SelectInput,
    TextInput,
} from 'react-admin';
import { auditActionChoices, auditResourceChoices } from '../common/choices';
import { TimestampField } from '../common/fields';

const filters = [
    <SelectInput key="resource" source="resource" choices={auditResourceChoices} alwaysOn />,
    <SelectInput key="action" source="action" choices={auditActionChoices} alwaysOn />,
    <ReferenceInput key="actorId" source="actorId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
        <AutocompleteInput optionText="username" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <TextInput key="recordId" source="recordId" />,
    <DateTimeInput key="occurredAt_gte" source="occurredAt_gte" />,
    <DateTimeInput key="occurredAt_lte" source="occurredAt_lte" />,
];

const AuditEventList = () => (
    <List filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="occurredAt" field={TimestampField} />
            <DataTable.Col source="actorUsername" disableSort />
            <DataTable.Col source="action" disableSort>
                <SelectField source="action" choices={auditActionChoices} />
            </DataTable.Col>
            <DataTable.Col source="resource" disableSort>
                <SelectField source="resource" choices={auditResourceChoices} />
            </DataTable.Col>
            <DataTable.Col source="recordId" disableSort />
        </DataTable>
    </List>
);

export default AuditEventList;
