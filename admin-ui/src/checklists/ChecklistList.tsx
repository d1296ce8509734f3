import { BooleanField, CreateButton, DataTable, List, SearchInput, TopToolbar, useCanAccess } from 'react-admin';

const Actions = () => {
    const { canAccess } = useCanAccess({ resource: 'checklists', action: 'create' });
    return <TopToolbar>{canAccess ? <CreateButton /> : null}</TopToolbar>;
};

const ChecklistList = () => (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} actions={<Actions />} sort={{ field: 'name', order: 'ASC' }}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="description" />
            <DataTable.NumberCol source="itemCount" disableSort />
            <DataTable.Col source="active">
                <BooleanField source="active" />
            </DataTable.Col>
        </DataTable>
    </List>
);

export default ChecklistList;
