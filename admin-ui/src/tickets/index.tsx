import { AutocompleteInput, DataTable, DateInput, ExportButton, FunctionField, List, ReferenceInput, SearchInput, SelectInput, TopToolbar, useCanAccess, useTranslate } from 'react-admin';
import TicketIcon from '@mui/icons-material/ConfirmationNumberOutlined';
import { TimestampField } from '../common/fields';

const STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled', 'transferred'];
const CATEGORIES = ['general', 'preferential'];

const TicketList = () => {
    const translate = useTranslate();
    const choices = (prefix: string, ids: string[]) => ids.map(id => ({ id, name: translate(`${prefix}.${id}`) }));
    // The queue's own roles do not read the buildings catalogue: their lines are of their building anyway.
    const { canAccess: buildings } = useCanAccess({ resource: 'buildings', action: 'read' });
    return (
        <List
            actions={<TopToolbar><ExportButton /></TopToolbar>}
            sort={{ field: 'issuedAt', order: 'DESC' }}
            filters={[
                <SearchInput key="q" source="q" alwaysOn />,
                ...(buildings ? [<ReferenceInput key="b" source="buildingId" reference="buildings" alwaysOn><AutocompleteInput optionText="code" filterToQuery={q => ({ q })} /></ReferenceInput>] : []),
                <ReferenceInput key="s" source="serviceId" reference="queue-services"><AutocompleteInput optionText="name" filterToQuery={q => ({ q })} /></ReferenceInput>,
                <SelectInput key="st" source="status" choices={choices('csa.queue.status', STATUSES)} />,
                <SelectInput key="c" source="category" choices={choices('csa.queue.category', CATEGORIES)} />,
                <DateInput key="d" source="day" />,
            ]}
        >
            <DataTable bulkActionButtons={false}>
                <DataTable.Col source="code" />
                <DataTable.Col source="serviceName" disableSort />
                <DataTable.Col source="category" render={(r: { category: string }) => translate(`csa.queue.category.${r.category}`)} />
                <DataTable.Col source="status" render={(r: { status: string }) => translate(`csa.queue.status.${r.status}`)} />
                <DataTable.Col source="counterLabel" disableSort />
                <DataTable.Col source="issuedAt" field={TimestampField} />
                <DataTable.Col source="calledAt" field={TimestampField} />
                <DataTable.Col source="outcome" disableSort>
                    <FunctionField render={(r: { outcome: string | null }) => (r.outcome ? translate(`csa.queue.outcome.${r.outcome}`) : '')} />
                </DataTable.Col>
            </DataTable>
        </List>
    );
};

export default { list: TicketList, icon: TicketIcon, recordRepresentation: 'code' };
