import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, TextInput } from 'react-admin';
import { PeriodField } from '../common/costFields';
import type { AllocationRun } from '../common/costs';
import { MoneyField, TimestampField } from '../common/fields';

const filters = [
    <TextInput key="period" source="period" type="month" alwaysOn slotProps={{ inputLabel: { shrink: true } }} />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
        <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
];

const AllocationRunList = () => (
    <List filters={filters} sort={{ field: 'startedAt', order: 'DESC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="period" field={PeriodField} />
            <DataTable.Col source="buildingId" disableSort>
                <ReferenceField source="buildingId" reference="buildings" link={false} emptyText="csa.allocation.all_buildings" />
            </DataTable.Col>
            <DataTable.Col source="startedAt" field={TimestampField} />
            <DataTable.Col source="runBy" disableSort />
            <DataTable.NumberCol source="bills" disableSort />
            <DataTable.NumberCol source="charges" disableSort />
            <DataTable.NumberCol source="totalAmount" field={MoneyField} disableSort />
            <DataTable.NumberCol source="vacancyAmount" field={MoneyField} disableSort />
            <DataTable.NumberCol
                source="warnings"
                disableSort
                render={(r: AllocationRun) => String(r.warnings?.length ?? 0)}
            />
        </DataTable>
    </List>
);

export default AllocationRunList;
