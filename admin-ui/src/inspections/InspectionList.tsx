import {
    AutocompleteInput,
    CreateButton,
    DataTable,
    DateInput,
    FilterButton,
    List,
    ReferenceInput,
    SearchInput,
    SelectField,
    SelectInput,
    TopToolbar,
    useCanAccess,
} from 'react-admin';
import { inspectionStatusChoices, inspectionTypeChoices } from '../compliance/choices';
import { StatusField } from '../compliance/chips';
import { DateOnlyField } from '../common/fields';
import type { Inspection } from '../compliance/types';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
        <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <SelectInput key="status" source="status" choices={inspectionStatusChoices} alwaysOn />,
    <SelectInput key="type" source="type" choices={inspectionTypeChoices} />,
    <DateInput key="plannedOn_gte" source="plannedOn_gte" />,
    <DateInput key="plannedOn_lte" source="plannedOn_lte" />,
];

const Actions = () => {
    const { canAccess } = useCanAccess({ resource: 'inspections', action: 'create' });
    return (
        <TopToolbar>
            <FilterButton />
            {canAccess ? <CreateButton /> : null}
        </TopToolbar>
    );
};

const progress = (r: Inspection) =>
    r.expectedResultCount ? `${r.resultCount ?? 0} / ${r.expectedResultCount}` : String(r.resultCount ?? 0);

const InspectionList = () => (
    <List filters={filters} actions={<Actions />} sort={{ field: 'plannedOn', order: 'DESC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="folio" />
            <DataTable.Col source="buildingId" render={(r: Inspection) => r.buildingCode ?? ''} />
            <DataTable.Col source="type">
                <SelectField source="type" choices={inspectionTypeChoices} />
            </DataTable.Col>
            <DataTable.Col source="plannedOn" field={DateOnlyField} />
            <DataTable.Col source="performedOn" field={DateOnlyField} />
            <DataTable.Col source="inspectorId" disableSort render={(r: Inspection) => r.inspectorName ?? ''} />
            <DataTable.Col source="resultCount" disableSort render={progress} />
            <DataTable.NumberCol source="failCount" disableSort />
            <DataTable.Col source="status" field={() => <StatusField kind="inspection_status" />} />
        </DataTable>
    </List>
);

export default InspectionList;
