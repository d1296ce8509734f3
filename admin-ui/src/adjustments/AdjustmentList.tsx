import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, TextField, TextInput } from 'react-admin';
import { PeriodField } from '../common/costFields';
import { MoneyField, TimestampField } from '../common/fields';

const filters = [
    <TextInput key="period" source="period" type="month" alwaysOn slotProps={{ inputLabel: { shrink: true } }} />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
        <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
];

const AdjustmentList = () => (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
        <DataTable rowClick={false} bulkActionButtons={false}>
            <DataTable.Col source="period" field={PeriodField} />
            <DataTable.Col source="correctsPeriod" field={PeriodField} disableSort />
            <DataTable.Col source="buildingId" disableSort>
                <ReferenceField source="buildingId" reference="buildings" link={false}>
                    <TextField source="code" />
                </ReferenceField>
            </DataTable.Col>
            <DataTable.Col source="serviceId" disableSort>
                <ReferenceField source="serviceId" reference="utility-services" link={false} emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="agencyId" disableSort>
                <ReferenceField source="agencyId" reference="agencies" link={false} emptyText="DGRM" />
            </DataTable.Col>
            <DataTable.Col align="right" source="amount" field={MoneyField} />
            <DataTable.Col source="reason" disableSort />
            <DataTable.Col source="createdBy" disableSort />
            <DataTable.Col source="createdAt" field={TimestampField} />
        </DataTable>
    </List>
);

export default AdjustmentList;
