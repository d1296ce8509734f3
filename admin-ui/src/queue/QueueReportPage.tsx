import { useState } from 'react';
import { Box, Button, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { downloadFile } from '../common/download';
import { useApiCall } from '../common/useApiCall';
import { useApiQuery } from '../common/useApiQuery';
import { queueGet } from './api';

const GROUPS = ['day', 'hour', 'service', 'counter', 'clerk', 'agency', 'building'] as const;
const COLUMNS = ['issued', 'served', 'noShow', 'cancelled', 'waitMean', 'waitP90', 'serviceMean', 'totalMean', 'withinTarget', 'ratingMean'] as const;
type Row = { key: string | null; label: string; isTotal: boolean } & Record<(typeof COLUMNS)[number], number | null>;

const day = (offset: number) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(d);
};
const number = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('es-MX', { style: 'percent', maximumFractionDigits: 1 });

/** Waits, outcomes and ratings of the lines, by day, hour, service, counter, clerk, agency or building. */
const QueueReportPage = () => {
    const translate = useTranslate();
    const [from, setFrom] = useState(day(-30));
    const [to, setTo] = useState(day(0));
    const [groupBy, setGroupBy] = useState<(typeof GROUPS)[number]>('day');
    const query = `from=${from}&to=${to}&groupBy=${groupBy}`;
    const { data, error } = useApiQuery(['queue-report', query], () => queueGet<{ rows: Row[] }>(`/reports/queue?${query}`), { keepPrevious: true });
    const { run, pending } = useApiCall();
    const format = (column: (typeof COLUMNS)[number], v: number | null) => (v === null ? '—' : column === 'withinTarget' ? percent.format(v) : number.format(v));
    return (
        <Box sx={{ mt: 1 }}>
            <Title title={translate('csa.queue.report')} />
            <Card>
                <CardContent>
                    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
                        <TextField type="date" label={translate('csa.queue.from')} value={from} onChange={e => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
                        <TextField type="date" label={translate('csa.queue.to')} value={to} onChange={e => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
                        <TextField select label={translate('csa.queue.group_by')} value={groupBy} onChange={e => setGroupBy(e.target.value as (typeof GROUPS)[number])} sx={{ minWidth: 200 }}>
                            {GROUPS.map(g => <MenuItem key={g} value={g}>{translate(`csa.queue.groups.${g}`)}</MenuItem>)}
                        </TextField>
                        <Button disabled={pending} onClick={() => void run(() => downloadFile(`/reports/queue?${query}&format=xlsx`, 'turnos.xlsx'))}>{translate('csa.queue.export_xlsx')}</Button>
                        <Button disabled={pending} onClick={() => void run(() => downloadFile(`/reports/queue?${query}&format=csv`, 'turnos.csv'))}>{translate('csa.queue.export_csv')}</Button>
                    </Stack>
                    {error && <Box role="alert" sx={{ color: 'error.main' }}>{error}</Box>}
                    <Box sx={{ overflowX: 'auto' }}>
                        <Table size="small">
                            <TableHead>
                                <TableRow>
                                    <TableCell>{translate(`csa.queue.groups.${groupBy}`)}</TableCell>
                                    {COLUMNS.map(c => <TableCell key={c} align="right">{translate(`csa.queue.metrics.${c}`)}</TableCell>)}
                                </TableRow>
                            </TableHead>
                            <TableBody>
                                {data?.rows.map(r => (
                                    <TableRow key={r.key ?? 'total'} sx={r.isTotal ? { '& td': { fontWeight: 700 } } : undefined}>
                                        <TableCell>{r.label}</TableCell>
                                        {COLUMNS.map(c => <TableCell key={c} align="right">{format(c, r[c])}</TableCell>)}
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    </Box>
                </CardContent>
            </Card>
        </Box>
    );
};

export default QueueReportPage;
