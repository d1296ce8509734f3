import {
    AutocompleteInput,
    CreateButton,
    DataTable,
    DateInput,
    ExportButton,
    FilterButton,
    List,
    NullableBooleanInput,
    ReferenceInput,
    SelectInput,
    TopToolbar,
    useCanAccess,
} from 'react-admin';
import { DateOnlyField } from '../common/fields';
import { dayStatusChoices } from '../operations/choices';
import { CountField, DayStatusField, WorkingDayField } from './fields';
import { ImportOperationDaysButton } from './ImportOperationDaysButton';

const filters = [
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
        <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <DateInput key="date_gte" source="date_gte" alwaysOn />,
    <DateInput key="date_lte" source="date_lte" alwaysOn />,
    <SelectInput key="status" source="status" choices={dayStatusChoices} alwaysOn />,
    <NullableBooleanInput key="workingDay" source="workingDay" />,
];

const Actions = () => {
    const { canAccess: canCreate } = useCanAccess({ resource: 'operation-days', action: 'create' });
    return (
        <TopToolbar>
            <FilterButton />
            {canCreate ? <CreateButton /> : null}
            {canCreate ? <ImportOperationDaysButton /> : null}
            <ExportButton maxResults={5000} />
        </TopToolbar>
    );
};

/** "Bitácora de operación": one row per building and day. */
const OperationDayList = () => (
    <List filters={filters} actions={<Actions />} sort={{ field: 'date', order: 'DESC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="date" field={DateOnlyField} />
            <DataTable.Col source="buildingId" render={(r: { buildingCode?: string }) => r.buildingCode ?? ''} />
            <DataTable.Col source="status" field={DayStatusField} />
            <DataTable.Col source="closedReason" disableSort />
            <DataTable.Col source="visitors" align="right" field={() => <CountField source="visitors" />} />
            <DataTable.Col source="procedures" align="right" field={() => <CountField source="procedures" />} />
            <DataTable.Col source="workingDay" disableSort field={WorkingDayField} />
        </DataTable>
    </List>
);

export default OperationDayList;
