import { BooleanField, BooleanInput, CreateButton, DataTable, ExportButton, List, SearchInput, TopToolbar, useCanAccess } from 'react-admin';
import { AgencyInput } from '../common/AgencyInput';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <AgencyInput key="agencyId" source="agencyId" alwaysOn sx={{ minWidth: 280 }} />,
    <BooleanInput key="active" source="active" />,
];

const Actions = () => {
    const { canAccess: canCreate } = useCanAccess({ resource: 'procedures', action: 'create' });
    return (
        <TopToolbar>
            {canCreate ? <CreateButton /> : null}
            <ExportButton maxResults={5000} />
        </TopToolbar>
    );
};

/** "Catálogo de trámites": what each agency handles, as the public directory shows it. */
const ProcedureList = () => (
    <List filters={filters} actions={<Actions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="agencyId" label="resources.procedures.fields.agencyAcronym" render={(r: { agencyAcronym?: string }) => r.agencyAcronym ?? ''} />
            <DataTable.Col source="agencyName" disableSort />
            <DataTable.Col source="active" field={BooleanField} />
        </DataTable>
    </List>
);

export default ProcedureList;
