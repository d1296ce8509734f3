import { useState } from 'react';
import { useCanAccess, useTranslate } from 'react-admin';
import {
    Alert,
    Box,
    Card,
    CardContent,
    CircularProgress,
    Paper,
    Table,
    TableBody,
    TableCell,
    TableContainer,
    TableFooter,
    TableHead,
    TableRow,
    Typography,
} from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AccessDenied } from '../common/AccessDenied';
import { formatNumber, formatPeriod, todayInMexico } from '../common/format';
import { ReportOptions, ReportPage } from '../common/ReportLayout';
import { GroupBySelect, isMonthRange, MonthRangeFields } from '../common/ReportPickers';
import { getSuggestionStats } from '../operations/api';
import { shortLabel } from '../operations/labels';
import { MONTH_RE, SUGGESTION_GROUPS, type SuggestionGroupBy } from '../operations/types';
import { TOOLTIP_ITEM_STYLE } from '../common/chartStyles';
import { useApiQuery } from '../common/useApiQuery';

const labelOf = (groupBy: SuggestionGroupBy, key: string, label: string, translate: (k: string) => string) =>
    groupBy === 'month' && MONTH_RE.test(key) ? formatPeriod(key) : groupBy === 'category' ? translate(`csa.public.category.${key}`) : label;

/** "Estadísticas del buzón": comments by CSA, agency, category or month, with their average rating. */
const SuggestionStatsPage = () => {
    const translate = useTranslate();
    const { canAccess, isPending } = useCanAccess({ resource: 'suggestions', action: 'read' });
    const today = todayInMexico();
    const [from, setFrom] = useState(`${Number(today.slice(0, 4)) - 1}-01`);
    const [to, setTo] = useState(today.slice(0, 7));
    const [groupBy, setGroupBy] = useState<SuggestionGroupBy>('building');
    const valid = isMonthRange(from, to);
    const { data: stats, loading, error } = useApiQuery(['suggestion-stats', { from, to, groupBy }], () => getSuggestionStats({ from, to, groupBy }), { enabled: !!canAccess && valid, keepPrevious: true });

    if (isPending) return null;
    if (!canAccess) return <AccessDenied />;

    const rows = (stats?.rows ?? []).map(r => ({ ...r, label: labelOf(groupBy, r.key, r.label, translate) }));
    const avg = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v, 2));
    const title = translate(`csa.suggestion.by.${groupBy}`);
    return (
        <ReportPage titleKey="csa.suggestion.stats_title">
            <ReportOptions>
                <MonthRangeFields idPrefix="stats" from={from} to={to} onFromChange={setFrom} onToChange={setTo} />
                <GroupBySelect id="stats-group" groups={SUGGESTION_GROUPS} value={groupBy} onChange={setGroupBy} optionKey={g => `csa.suggestion.group.${g}`} />
                {loading ? <CircularProgress size={24} /> : null}
                {!valid ? <Alert severity="warning">{translate('csa.savings.invalid_range')}</Alert> : null}
            </ReportOptions>
            {error ? (
                <Alert severity="error" sx={{ mb: 2 }}>
                    {error}
                </Alert>
            ) : null}
            {stats && rows.length === 0 ? <Alert severity="info">{translate('csa.suggestion.no_stats')}</Alert> : null}
            {stats && rows.length > 0 ? (
                <>
                    <Card component="section" aria-labelledby="stats-chart" sx={{ mb: 2 }}>
                        <CardContent>
                            <Typography id="stats-chart" variant="h6" component="h2" gutterBottom>
                                {title}
                            </Typography>
                            <Box role="img" aria-label={`${title}: ${rows.map(r => `${r.label} ${r.count}`).join('; ')}`} sx={{ width: '100%', height: 320 }}>
                                <ResponsiveContainer width="100%" height="100%">
                                    <BarChart data={rows.map(r => ({ ...r, label: shortLabel(r.label) }))} margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
                                        <CartesianGrid strokeDasharray="3 3" />
                                        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} angle={rows.length > 6 ? -30 : 0} textAnchor={rows.length > 6 ? 'end' : 'middle'} height={rows.length > 6 ? 70 : 30} />
                                        <YAxis allowDecimals={false} width={50} />
                                        <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} />
                                        <Legend />
                                        <Bar dataKey="open" stackId="s" name={translate('csa.suggestion.open')} fill="#8A2036" isAnimationActive={false} />
                                        <Bar dataKey="answered" stackId="s" name={translate('csa.suggestion.status.answered')} fill="#2E7D32" isAnimationActive={false} />
                                        <Bar dataKey="closed" stackId="s" name={translate('csa.suggestion.status.closed')} fill="#545454" isAnimationActive={false} />
                                    </BarChart>
                                </ResponsiveContainer>
                            </Box>
                        </CardContent>
                    </Card>
                    <TableContainer component={Paper} variant="outlined">
                        <Table size="small" aria-label={title} data-testid="suggestion-stats">
                            <TableHead>
                                <TableRow>
                                    <TableCell scope="col">{translate(`csa.suggestion.group.${groupBy}`)}</TableCell>
                                    <TableCell scope="col" align="right">{translate('csa.suggestion.count')}</TableCell>
                                    <TableCell scope="col" align="right">{translate('csa.suggestion.average')}</TableCell>
                                    <TableCell scope="col" align="right">{translate('csa.suggestion.open')}</TableCell>
                                    <TableCell scope="col" align="right">{translate('csa.suggestion.status.answered')}</TableCell>
                                    <TableCell scope="col" align="right">{translate('csa.suggestion.status.closed')}</TableCell>
                                </TableRow>
                            </TableHead>
                            <TableBody>
                                {rows.map(r => (
                                    <TableRow key={r.key}>
                                        <TableCell component="th" scope="row">{r.label}</TableCell>
                                        <TableCell align="right">{formatNumber(r.count, 0)}</TableCell>
                                        <TableCell align="right">{avg(r.averageRating)}</TableCell>
                                        <TableCell align="right">{formatNumber(r.open, 0)}</TableCell>
                                        <TableCell align="right">{formatNumber(r.answered, 0)}</TableCell>
                                        <TableCell align="right">{formatNumber(r.closed, 0)}</TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                            {stats.totals ? (
                                <TableFooter>
                                    <TableRow>
                                        <TableCell component="th" scope="row" sx={{ fontWeight: 700, color: 'text.primary' }}>{translate('csa.matrix.total')}</TableCell>
                                        <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary' }}>{formatNumber(stats.totals.count, 0)}</TableCell>
                                        <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary' }}>{avg(stats.totals.averageRating)}</TableCell>
                                        <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary' }}>{formatNumber(stats.totals.open, 0)}</TableCell>
                                        <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary' }}>{formatNumber(stats.totals.answered, 0)}</TableCell>
                                        <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary' }}>{formatNumber(stats.totals.closed, 0)}</TableCell>
                                    </TableRow>
                                </TableFooter>
                            ) : null}
                        </Table>
                    </TableContainer>
                </>
            ) : null}
        </ReportPage>
    );
};

export default SuggestionStatsPage;
