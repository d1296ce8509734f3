import { CreateButton, DataTable, FilterButton, List, SearchInput, SelectField, SelectInput, TopToolbar, useCanAccess } from 'react-admin';
import { booleanChoices, regulationKindChoices } from '../compliance/choices';
import { IllustrativeField, InForceField } from '../compliance/chips';
import { DateOnlyField } from '../common/fields';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={regulationKindChoices} alwaysOn />,
    <SelectInput key="inForce" source="inForce" choices={booleanChoices} alwaysOn />,
];

const Actions = () => {
    const { canAccess } = useCanAccess({ resource: 'regulations', action: 'create' });
    return (
        <TopToolbar>
            <FilterButton />
            {canAccess ? <CreateButton /> : null}
        </TopToolbar>
    );
};

const RegulationList = () => (
    <List filters={filters} actions={<Actions />} sort={{ field: 'inForceFrom', order: 'DESC' }}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="code" />
            <DataTable.Col source="title" />
            <DataTable.Col source="kind">
                <SelectField source="kind" choices={regulationKindChoices} />
            </DataTable.Col>
            <DataTable.Col source="publishedOn" field={DateOnlyField} />
            <DataTable.Col source="inForceFrom" field={DateOnlyField} />
            <DataTable.Col source="inForceTo" field={DateOnlyField} />
            <DataTable.Col source="inForce" disableSort field={InForceField} />
            <DataTable.Col source="illustrative" disableSort field={IllustrativeField} />
            <DataTable.NumberCol source="articleCount" disableSort />
        </DataTable>
    </List>
);

export default RegulationList;
