import { CreateButton, DataTable, List, SelectInput, TopToolbar, useCanAccess } from 'react-admin';
import { planStatusChoices } from '../compliance/choices';
import { StatusField } from '../compliance/chips';
import { PeriodField } from '../common/costFields';
import { TimestampField } from '../common/fields';

const Actions = () => {
    const { canAccess } = useCanAccess({ resource: 'supervision-plans', action: 'create' });
    return <TopToolbar>{canAccess ? <CreateButton label="csa.compliance.plan.create" /> : null}</TopToolbar>;
};

const PlanList = () => (
    <List
        filters={[<SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />]}
        actions={<Actions />}
        sort={{ field: 'period', order: 'DESC' }}
    >
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="period" field={PeriodField} />
            <DataTable.Col source="status" field={() => <StatusField kind="plan_status" />} />
            <DataTable.NumberCol source="sampleSize" />
            <DataTable.NumberCol source="coverageMonths" />
            <DataTable.Col source="seed" />
            <DataTable.Col source="approvedAt" field={TimestampField} />
        </DataTable>
    </List>
);

export default PlanList;
