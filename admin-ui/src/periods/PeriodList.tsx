import { DataTable, List, Pagination, useRecordContext } from 'react-admin';
import { PeriodField, PeriodStatusField } from '../common/costFields';
import type { Period } from '../common/costs';
import { MoneyField, TimestampField } from '../common/fields';
import { ClosePeriodButton } from './ClosePeriodButton';

const CloseAction = () => {
    const record = useRecordContext<Period>();
    if (!record || record.status !== 'open') return null;
    return <ClosePeriodButton period={record.period} />;
};

/** Calendar months, open or closed: the API answers all of them at once. */
const PeriodList = () => (
    <List sort={{ field: 'period', order: 'DESC' }} perPage={100} pagination={<Pagination rowsPerPageOptions={[100]} />}>
        <DataTable rowClick={false} bulkActionButtons={false}>
            <DataTable.Col source="period" field={PeriodField} disableSort />
            <DataTable.Col source="status" field={() => <PeriodStatusField source="status" />} disableSort />
            <DataTable.NumberCol source="bills" disableSort />
            <DataTable.Col align="right" source="billed" field={MoneyField} disableSort />
            <DataTable.Col align="right" source="charged" field={MoneyField} disableSort />
            <DataTable.Col align="right" source="vacancy" field={MoneyField} disableSort />
            <DataTable.Col source="closedAt" field={TimestampField} disableSort />
            <DataTable.Col source="closedBy" disableSort />
            <DataTable.Col source="actions" label="csa.periods.actions" disableSort>
                <CloseAction />
            </DataTable.Col>
        </DataTable>
    </List>
);

export default PeriodList;
