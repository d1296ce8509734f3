import {
    AutocompleteInput,
    CreateButton,
    DataTable,
    ExportButton,
    FilterButton,
    List,
    ReferenceInput,
    SearchInput,
    SelectField,
    SelectInput,
    TextInput,
    TopToolbar,
    useCanAccess,
} from 'react-admin';
import { serviceKindChoices } from '../common/choices';
import { ConsumptionField, PeriodField, PeriodStatusField } from '../common/costFields';
import { DateOnlyField, MoneyField } from '../common/fields';
import { ImportBillsButton } from './ImportBillsButton';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
        <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <TextInput key="period" source="period" type="month" alwaysOn slotProps={{ inputLabel: { shrink: true } }} />,
    <SelectInput key="kind" source="kind" choices={serviceKindChoices} alwaysOn />,
    <ReferenceInput key="serviceId" source="serviceId" reference="utility-services" sort={{ field: 'buildingId', order: 'ASC' }}>
        <AutocompleteInput filterToQuery={q => ({ q })} />
    </ReferenceInput>,
];

const BillActions = () => {
    const { canAccess: canCreate } = useCanAccess({ resource: 'utility-bills', action: 'create' });
    return (
        <TopToolbar>
            <FilterButton />
            {canCreate ? <CreateButton /> : null}
            {canCreate ? <ImportBillsButton /> : null}
            <ExportButton maxResults={5000} />
        </TopToolbar>
    );
};

const UtilityBillList = () => (
    <List filters={filters} actions={<BillActions />} sort={{ field: 'period', order: 'DESC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="period" field={PeriodField} />
            <DataTable.Col source="buildingId" render={(r: { buildingCode?: string }) => r.buildingCode ?? ''} />
            <DataTable.Col source="serviceId" render={(r: { serviceName?: string }) => r.serviceName ?? ''} />
            <DataTable.Col source="serviceKind" disableSort>
                <SelectField source="serviceKind" choices={serviceKindChoices} />
            </DataTable.Col>
            <DataTable.Col source="invoiceNumber" />
            <DataTable.Col align="right" source="amount" field={MoneyField} />
            <DataTable.Col source="consumption" field={ConsumptionField} />
            <DataTable.Col source="dueOn" field={DateOnlyField} />
            <DataTable.Col source="paidOn" field={DateOnlyField} />
            <DataTable.Col source="periodStatus" disableSort field={() => <PeriodStatusField source="periodStatus" />} />
        </DataTable>
    </List>
);

export default UtilityBillList;
