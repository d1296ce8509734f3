import { useState } from 'react';
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import { todayInMexico } from '../common/format';
import { ExportButton, ReportOptions, ReportPage, ReportStatus } from '../common/ReportLayout';
import { BuildingSelect, GroupBySelect } from '../common/ReportPickers';
import { useApiQuery } from '../common/useApiQuery';
import { type ExportFormat, useReportExport } from '../common/useReportExport';
import { queueGet } from './api';
import { QueueChart } from './QueueChart';

const GROUPS = ['day', 'hour', 'service', 'counter', 'clerk', 'agency', 'building'] as const;
type Group = (typeof GROUPS)[number];
const COLUMNS = ['issued', 'served', 'noShow', 'cancelled', 'waitMean', 'waitP90', 'serviceMean', 'totalMean', 'withinTarget', 'ratingMean'] as const;
type Row = { key: string | null; label: string; isTotal: boolean } & Record<(typeof COLUMNS)[number], number | null>;

/** `date` moved by `days` (both YYYY-MM-DD). */
const shift = (date: string, days: number) => {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
const number = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('es-MX', { style: 'percent', maximumFractionDigits: 1 });
const format = (column: (typeof COLUMNS)[number], v: number | null) => (v === null ? '—' : column === 'withinTarget' ? percent.format(v) : number.format(v));

/** Waits, outcomes and ratings of the lines, by day, hour, service, counter, clerk, agency or building. */
const QueueReportPage = () => {
    const translate = useTranslate();
    const { canAccess: seesBuildings } = useCanAccess({ resource: 'buildings', action: 'read' });
    const today = todayInMexico();
    const [from, setFrom] = useState(shift(today, -30));
    const [to, setTo] = useState(today);
    const [groupBy, setGroupBy] = useState<Group>('day');
    const [buildingId, setBuildingId] = useState('');
    const [exportError, setExportError] = useState<string | null>(null);
    const { exporting, download } = useReportExport(setExportError);
    const valid = !!from && !!to && from <= to;
    const params = new URLSearchParams({ from, to, groupBy, ...(buildingId ? { buildingId } : {}) }).toString();
    const { data, loading, error } = useApiQuery(['queue-report', params], () => queueGet<{ rows: Row[] }>(`/reports/queue?${params}`), { enabled: valid, keepPrevious: true });
    const rows = data?.rows ?? [];
    const groups = rows.filter(r => !r.isTotal);
    const exportAs = (kind: ExportFormat) => {
        setExportError(null);
        return download(kind, `/reports/queue?${params}&format=${kind}`, `turnos_${from}_${to}.${kind}`);
    };
    const groupLabel = translate(`csa.queue.groups.${groupBy}`);
    return (
        <ReportPage titleKey="csa.queue.report" introKey="csa.queue.report_intro">
            <ReportOptions label={translate('csa.queue.report_options')}>
                <TextField fullWidth={false} id="queue-from" type="date" label={translate('csa.queue.from')} value={from} onChange={e => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
                <TextField fullWidth={false} id="queue-to" type="date" label={translate('csa.queue.to')} value={to} onChange={e => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }}
                    error={!valid} helperText={valid ? undefined : translate('csa.queue.invalid_range')} />
                <GroupBySelect id="queue-group" groups={GROUPS} value={groupBy} onChange={setGroupBy} optionKey={g => `csa.queue.groups.${g}`} labelKey="csa.queue.group_by" />
                {seesBuildings ? <BuildingSelect id="queue-building" value={buildingId} onChange={setBuildingId} minWidth={220} /> : null}
                <ExportButton format="xlsx" busy={exporting === 'xlsx'} disabled={!valid || !!exporting} onClick={() => void exportAs('xlsx')} />
                <ExportButton format="csv" busy={exporting === 'csv'} disabled={!valid || !!exporting} onClick={() => void exportAs('csv')} />
            </ReportOptions>
            <ReportStatus error={error ?? exportError} loading={loading} />
            {groups.length > 0 ? (
                <QueueChart
                    rows={groups.map(r => ({ label: r.label, issued: r.issued ?? 0, served: r.served ?? 0, waitMean: r.waitMean }))}
                    ordered={groupBy === 'day' || groupBy === 'hour'}
                    groupLabel={groupLabel}
                />
            ) : null}
            <TableContainer>
                <Table size="small" aria-label={translate('csa.queue.report')}>
                    <TableHead>
                        <TableRow>
                            <TableCell>{groupLabel}</TableCell>
                            {COLUMNS.map(c => <TableCell key={c} align="right">{translate(`csa.queue.metrics.${c}`)}</TableCell>)}
                        </TableRow>
                    </TableHead>
                    <TableBody>
                        {rows.map(r => (
                            <TableRow key={r.key ?? 'total'} sx={r.isTotal ? { '& td': { fontWeight: 700 } } : undefined}>
                                <TableCell>{r.label}</TableCell>
                                {COLUMNS.map(c => <TableCell key={c} align="right">{format(c, r[c])}</TableCell>)}
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            </TableContainer>
        </ReportPage>
    );
};

export default QueueReportPage;
