import { CreateButton, DataTable, List, NumberInput, SelectField, SelectInput, TopToolbar, useCanAccess } from 'react-admin';
import { Button } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { useTranslate } from 'react-admin';
import { DateOnlyField } from '../common/fields';
import { declaredKindChoices } from '../operations/choices';

const filters = [
    <NumberInput key="year" source="year" alwaysOn min={1990} max={2100} />,
    <SelectInput key="kind" source="kind" choices={declaredKindChoices} alwaysOn />,
];

const Actions = () => {
    const translate = useTranslate();
    const { canAccess: canCreate } = useCanAccess({ resource: 'calendar-days', action: 'create' });
    return (
        <TopToolbar>
            <Button component={RouterLink} to="/calendar" size="small" startIcon={<CalendarMonthIcon />}>
                {translate('csa.calendar.year_view')}
            </Button>
            {canCreate ? <CreateButton /> : null}
        </TopToolbar>
    );
};

/** The days the DGRM declared: state holidays, non-working days and working overrides. */
const CalendarDayList = () => {
    const { canAccess: canEdit } = useCanAccess({ resource: 'calendar-days', action: 'edit' });
    return (
        <List filters={filters} actions={<Actions />} sort={{ field: 'date', order: 'ASC' }} perPage={50}>
            <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
                <DataTable.Col source="date" field={DateOnlyField} />
                <DataTable.Col source="kind">
                    <SelectField source="kind" choices={declaredKindChoices} />
                </DataTable.Col>
                <DataTable.Col source="name" />
                <DataTable.Col source="notes" disableSort />
            </DataTable>
        </List>
    );
};

export default CalendarDayList;
