import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, TextInput, useRecordContext } from 'react-admin';
import { PeriodField } from '../common/costFields';
import type { AllocationRun } from '../common/costs';
import { MoneyField, TimestampField } from '../common/fields';

const WarningCount = (_props: { source?: string }) => {
    const record = useRecordContext<AllocationRun>();
    return <span>{record?.warnings?.length ?? 0}</span>;
};

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
            <DataTable.Col align="right" source="totalAmount" field={MoneyField} disableSort />
            <DataTable.Col align="right" source="vacancyAmount" field={MoneyField} disableSort />
            <DataTable.Col align="right" source="warnings" disableSort field={WarningCount} />
        </DataTable>
    </List>
);

export default AllocationRunList;
