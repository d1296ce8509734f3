import { Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { formatNumber } from '../common/format';

const statusColors = {
    open: { bg: '#2E7D32', fg: '#FFFFFF' },
    closed: { bg: '#B71C1C', fg: '#FFFFFF' },
} as const;

/** Whether the CSA opened that day. */
export const DayStatusField = (_props: Partial<FieldProps>) => {
    const record = useRecordContext<{ status?: 'open' | 'closed' }>();
    const translate = useTranslate();
    if (!record?.status) return null;
    const c = statusColors[record.status];
    return <Chip size="small" label={translate(`csa.operation_day.status.${record.status}`)} sx={{ bgcolor: c.bg, color: c.fg, fontWeight: 600 }} />;
};

/** An integer count with es-MX grouping. */
export const CountField = ({ source }: { source: string }) => {
    const record = useRecordContext<Record<string, unknown>>();
    const v = record?.[source];
    return (
        <Typography component="span" variant="body2">
            {typeof v === 'number' ? formatNumber(v, 0) : ''}
        </Typography>
    );
};

export const WorkingDayField = (_props: Partial<FieldProps>) => {
    const record = useRecordContext<{ workingDay?: boolean }>();
    const translate = useTranslate();
    if (record?.workingDay === undefined) return null;
    return (
        <Typography component="span" variant="body2">
            {translate(record.workingDay ? 'csa.operation_day.working' : 'csa.operation_day.non_working')}
        </Typography>
    );
};
