import { useState } from 'react';
import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import {
    Alert,
    Autocomplete,
    Box,
    Card,
    CardContent,
    MenuItem,
    Paper,
    Table,
    TableBody,
    TableCell,
    TableContainer,
    TableFooter,
    TableHead,
    TableRow,
    TextField,
    Typography,
} from '@mui/material';
import { AccessDenied } from '../common/AccessDenied';
import { GOVERNMENT_LEVELS } from '../common/choices';
import { formatNumber, formatPeriod, todayInMexico } from '../common/format';
import { ExportButton, ReportFigure, ReportOptions, ReportPage, ReportStatus } from '../common/ReportLayout';
import { type ExportFormat, useReportExport } from '../common/useReportExport';
import { BuildingSelect, GroupBySelect, isMonthRange, MonthRangeFields } from '../common/ReportPickers';
import { attendancePath, getAttendance, type AttendanceQuery } from './api';
import { AttendanceChart, CHART_MAX, chartKind } from './AttendanceChart';
import { ATTENDANCE_GROUPS, MONTH_RE, type AttendanceGroupBy } from './types';
import { useApiQuery } from '../common/useApiQuery';

interface AgencyOption {
    id: string;
    acronym: string;
    name: string;
}

/** A month label: 'octubre 2026' for months, the API's label otherwise. */
const rowLabel = (groupBy: AttendanceGroupBy, label: string, key: string) =>
    groupBy === 'month' && MONTH_RE.test(key) ? formatPeriod(key) : label;

/** "Afluencia y trámites": visitors and procedures by year, month, building, agency or government level. */
const AttendancePage = () => {
    const translate = useTranslate();
    const { canAccess, isPending } = useCanAccess({ resource: 'operations', action: 'read' });
    const { data: agencies = [] } = useGetList<AgencyOption & { id: string }>('agencies', {
        pagination: { page: 1, perPage: 1000 },
        sort: { field: 'acronym', order: 'ASC' },
        filter: {},
    });
    // The year so far: January to this month.
    const thisMonth = todayInMexico().slice(0, 7);
    const [from, setFrom] = useState(`${thisMonth.slice(0, 4)}-01`);
    const [to, setTo] = useState(thisMonth);
    const [groupBy, setGroupBy] = useState<AttendanceGroupBy>('month');
    const [buildingId, setBuildingId] = useState('');
    const [agency, setAgency] = useState<AgencyOption | null>(null);
    const [level, setLevel] = useState('');
    const [exportError, setExportError] = useState<string | null>(null);
    const { exporting, download } = useReportExport(setExportError);
    const valid = isMonthRange(from, to);
    const query: AttendanceQuery = { from, to, groupBy, buildingId: buildingId || null, agencyId: agency ? String(agency.id) : null, level: level || null };
    const { data: report, loading, error: loadError } = useApiQuery(['attendance', query], () => getAttendance(query), { enabled: !!canAccess && valid, keepPrevious: true });
    const error = loadError ?? exportError;

    if (isPending) return null;
    if (!canAccess) return <AccessDenied />;

    const exportAs = (format: ExportFormat) => {
        setExportError(null);
        return download(format, attendancePath(query, format), `afluencia_${from}_${to}.${format}`);
    };

    const title = translate(`csa.attendance.by.${groupBy}`);
    return (
        <ReportPage titleKey="csa.attendance.title" introKey="csa.attendance.intro">
            <ReportOptions label={translate('csa.attendance.options')}>
                <MonthRangeFields idPrefix="attendance" from={from} to={to} onFromChange={setFrom} onToChange={setTo} />
                <GroupBySelect id="attendance-group" groups={ATTENDANCE_GROUPS} value={groupBy} onChange={setGroupBy} optionKey={g => `csa.attendance.group.${g}`} />
                <BuildingSelect id="attendance-building" value={buildingId} onChange={setBuildingId} minWidth={220} />
                <Autocomplete
                    id="attendance-agency"
                    options={agencies}
                    value={agency}
                    onChange={(_, v) => setAgency(v)}
                    getOptionLabel={a => `${a.acronym} · ${a.name}`}
                    isOptionEqualToValue={(a, b) => a.id === b.id}
                    sx={{ minWidth: 280 }}
                    renderInput={params => <TextField {...params} label={translate('csa.attendance.agency')} />}
                />
                <TextField fullWidth={false} id="attendance-level" select label={translate('resources.agencies.fields.level')} value={level} onChange={e => setLevel(e.target.value)} sx={{ minWidth: 200 }}>
                    <MenuItem value="">{translate('csa.attendance.all_levels')}</MenuItem>
                    {GOVERNMENT_LEVELS.map(l => (
                        <MenuItem key={l} value={l}>
                            {translate(`csa.level.${l}`)}
                        </MenuItem>
                    ))}
                </TextField>
                <ExportButton format="xlsx" busy={exporting === 'xlsx'} disabled={!valid || exporting !== null} onClick={() => exportAs('xlsx')} />
                <ExportButton format="csv" busy={exporting === 'csv'} disabled={!valid || exporting !== null} onClick={() => exportAs('csv')} />
                {!valid ? <Alert severity="warning">{translate('csa.savings.invalid_range')}</Alert> : null}
            </ReportOptions>
            <ReportStatus error={error} loading={loading} />
            {report ? (
                <>
                    <Box component="section" aria-label={translate('csa.savings.totals')} sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
                        <ReportFigure label={translate('csa.attendance.visitors')} testId="total-visitors">
                            {formatNumber(report.totals.visitors, 0)}
                        </ReportFigure>
                        <ReportFigure label={translate('csa.attendance.procedures')} testId="total-procedures">
                            {formatNumber(report.totals.procedures, 0)}
                        </ReportFigure>
                        <ReportFigure label={translate('csa.attendance.per_visitor')}>
                            {report.totals.visitors > 0 ? formatNumber(report.totals.procedures / report.totals.visitors, 2) : '—'}
                        </ReportFigure>
                    </Box>
                    {report.illustrative ? (
                        <Alert severity="info" sx={{ mb: 2 }} data-testid="illustrative">
                            {translate('csa.attendance.illustrative')}
                        </Alert>
                    ) : null}
                    <Card component="section" aria-labelledby="attendance-chart-title" sx={{ mb: 2 }}>
                        <CardContent>
                            <Typography id="attendance-chart-title" variant="h6" component="h2" gutterBottom>
                                {title}
                            </Typography>
                            {report.rows.length > 0 ? (
                                <>
                                    <AttendanceChart rows={report.rows.map(r => ({ ...r, label: rowLabel(report.groupBy, r.label, r.key) }))} groupBy={report.groupBy} label={title} />
                                    {chartKind(report.groupBy) === 'bar' && report.rows.length > CHART_MAX ? (
                                        <Typography variant="body2" color="text.secondary">
                                            {translate('csa.attendance.chart_top', { n: CHART_MAX, total: report.rows.length })}
                                        </Typography>
                                    ) : null}
                                </>
                            ) : (
                                <Typography color="text.secondary">{translate('csa.dashboard.no_data')}</Typography>
                            )}
                        </CardContent>
                    </Card>
                    {report.rows.length > 0 ? (
                        <TableContainer
                            component={Paper}
                            variant="outlined"
                            sx={{ maxHeight: 520 }}
                            // It scrolls: focusable and named, so that the keyboard can scroll it too.
                            tabIndex={0}
                            role="region"
                            aria-label={translate('csa.attendance.table', { title })}
                        >
                            <Table size="small" stickyHeader aria-label={title} data-testid="attendance-table">
                                <TableHead>
                                    <TableRow>
                                        <TableCell scope="col">{translate(`csa.attendance.group.${report.groupBy}`)}</TableCell>
                                        <TableCell scope="col" align="right">{translate('csa.attendance.visitors')}</TableCell>
                                        <TableCell scope="col" align="right">{translate('csa.attendance.procedures')}</TableCell>
                                    </TableRow>
                                </TableHead>
                                <TableBody>
                                    {report.rows.map(r => (
                                        <TableRow key={r.key}>
                                            <TableCell component="th" scope="row">{rowLabel(report.groupBy, r.label, r.key)}</TableCell>
                                            <TableCell align="right">{formatNumber(r.visitors, 0)}</TableCell>
                                            <TableCell align="right">{formatNumber(r.procedures, 0)}</TableCell>
                                        </TableRow>
                                    ))}
                                </TableBody>
                                <TableFooter>
                                    <TableRow>
                                        <TableCell component="th" scope="row" sx={{ fontWeight: 700, color: 'text.primary' }}>{translate('csa.matrix.total')}</TableCell>
                                        <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary' }}>{formatNumber(report.totals.visitors, 0)}</TableCell>
                                        <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary' }}>{formatNumber(report.totals.procedures, 0)}</TableCell>
                                    </TableRow>
                                </TableFooter>
                            </Table>
                        </TableContainer>
                    ) : null}
                </>
            ) : null}
        </ReportPage>
    );
};

export default AttendancePage;
