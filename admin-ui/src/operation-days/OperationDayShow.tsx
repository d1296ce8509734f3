import { ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { DateOnlyField } from '../common/fields';
import { formatNumber } from '../common/format';
import type { OperationDay } from '../operations/types';
import { CountField, DayStatusField, WorkingDayField } from './fields';

/** Visitors and procedures of the day per agency. */
const CountsTable = (_props: { label?: string }) => {
    const record = useRecordContext<OperationDay>();
    const translate = useTranslate();
    if (!record) return null;
    if (!record.counts?.length) return <Typography variant="body2">{translate('csa.operation_day.no_counts')}</Typography>;
    return (
        <Table size="small" aria-label={translate('csa.operation_day.counts')} sx={{ maxWidth: 640 }}>
            <TableHead>
                <TableRow>
                    <TableCell>{translate('csa.operation_day.agency')}</TableCell>
                    <TableCell align="right">{translate('resources.operation-days.fields.visitors')}</TableCell>
                    <TableCell align="right">{translate('resources.operation-days.fields.procedures')}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {record.counts.map(c => (
                    <TableRow key={String(c.agencyId)}>
                        <TableCell>
                            {c.agencyAcronym ?? (
                                <ReferenceField record={c} source="agencyId" reference="agencies" link={false}>
                                    <TextField source="acronym" />
                                </ReferenceField>
                            )}
                        </TableCell>
                        <TableCell align="right">{formatNumber(c.visitors, 0)}</TableCell>
                        <TableCell align="right">{formatNumber(c.procedures, 0)}</TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};

const OperationDayShow = () => (
    <Show>
        <SimpleShowLayout>
            <ReferenceField source="buildingId" reference="buildings" link="show" />
            <DateOnlyField source="date" />
            <WorkingDayField label="resources.operation-days.fields.workingDay" />
            <DayStatusField label="resources.operation-days.fields.status" />
            <TextField source="closedReason" emptyText="—" />
            <CountField source="visitors" />
            <CountField source="procedures" />
            <CountsTable label="csa.operation_day.counts" />
        </SimpleShowLayout>
    </Show>
);

export default OperationDayShow;
