import {
    Labeled,
    SelectField,
    Show,
    SimpleShowLayout,
    TextField,
    useRecordContext,
    useTranslate,
} from 'react-admin';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { auditActionChoices, auditResourceChoices } from '../common/choices';
import { TimestampField } from '../common/fields';

type Json = Record<string, unknown> | null | undefined;

const show = (v: unknown, empty: string) =>
    v === null || v === undefined || v === '' ? empty : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** Before/after side by side, changed fields only (all fields for creations and deletions). */
export const AuditDiff = () => {
    const record = useRecordContext<{ before?: Json; after?: Json }>();
    const translate = useTranslate();
    if (!record) return null;
    const before = record.before ?? {};
    const after = record.after ?? {};
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
        k => !record.before || !record.after || JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    const empty = translate('csa.audit.empty');
    return (
        <Table size="small" aria-label={translate('csa.audit.changes')}>
            <TableHead>
                <TableRow>
                    <TableCell>{translate('csa.audit.field')}</TableCell>
                    <TableCell>{translate('resources.audit-events.fields.before')}</TableCell>
                    <TableCell>{translate('resources.audit-events.fields.after')}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {keys.map(k => (
                    <TableRow key={k}>
                        <TableCell component="th" scope="row">{k}</TableCell>
                        <TableCell sx={{ wordBreak: 'break-word' }}>{show(before[k], empty)}</TableCell>
                        <TableCell sx={{ wordBreak: 'break-word' }}>{show(after[k], empty)}</TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};

const AuditEventShow = () => (
    <Show>
        <SimpleShowLayout>
            <TimestampField source="occurredAt" />
            <TextField source="actorUsername" />
            <SelectField source="action" choices={auditActionChoices} />
            <SelectField source="resource" choices={auditResourceChoices} />
            <TextField source="recordId" />
            <Labeled label="csa.audit.changes">
                <AuditDiff />
            </Labeled>
        </SimpleShowLayout>
    </Show>
);

export default AuditEventShow;
