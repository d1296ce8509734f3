import { useState } from 'react';
import { useCanAccess, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { AccessDenied } from '../common/AccessDenied';
import { formatNumber, formatPeriod, todayInMexico } from '../common/format';
import { ExportButton, ReportFigure, ReportOptions, ReportPage, ReportStatus } from '../common/ReportLayout';
import { useReportExport } from '../common/useReportExport';
import { isMonthRange, MonthRangeFields } from '../common/ReportPickers';
import { toQuery } from '../dataProvider';
import { complianceApi } from './api';
import { ScoreBar, ScoreTable } from './ScoreTable';
import { TrendChart } from './TrendChart';
import { useApiQuery } from '../common/useApiQuery';

type GroupBy = 'building' | 'agency';

const monthsBefore = (period: string, n: number) => {
    const [y, m] = period.split('-').map(Number);
    const d = new Date(Date.UTC(y, m - 1 - n, 1));
    return d.toISOString().slice(0, 7);
};

/** Compliance scorecards: the ranking of buildings and the agencies, with the 12-month trend. */
const CompliancePage = () => {
    const translate = useTranslate();
    const { canAccess, isPending: checking } = useCanAccess({ resource: 'compliance', action: 'read' });
    const thisMonth = todayInMexico().slice(0, 7);
    const [from, setFrom] = useState(monthsBefore(thisMonth, 11));
    const [to, setTo] = useState(thisMonth);
    const [groupBy, setGroupBy] = useState<GroupBy>('building');
    const [selected, setSelected] = useState<string | null>(null);
    const [exportError, setExportError] = useState<string | null>(null);
    const { exporting, download } = useReportExport(setExportError);
    const valid = isMonthRange(from, to);
    const { data: report, loading, error: loadError } = useApiQuery(
        ['compliance', { from, to, groupBy }],
        () => complianceApi.scorecards({ from, to, groupBy }),
        { enabled: !!canAccess && valid, keepPrevious: true },
    );
    const error = loadError ?? exportError;

    if (checking) return null;
    if (!canAccess) return <AccessDenied />;

    // The selection holds only while the report shown has its row; otherwise the trend is everyone's.
    const row = report?.rows.find(r => r.key === selected) ?? null;
    const totals = report?.totals;
    const trend = row?.trend ?? totals?.trend ?? [];
    const trendName = row ? `${row.code} · ${row.name}` : translate('csa.compliance.scorecards.all');
    const exportXlsx = () => {
        setExportError(null);
        return download('xlsx', `/reports/compliance${toQuery({ from, to, groupBy, format: 'xlsx' })}`, `cumplimiento_${groupBy}_${from}_${to}.xlsx`);
    };

    return (
        <ReportPage titleKey="csa.compliance.scorecards.title" introKey="csa.compliance.scorecards.intro">
            <ReportOptions label={translate('csa.compliance.scorecards.range')}>
                <MonthRangeFields idPrefix="compliance" from={from} to={to} onFromChange={setFrom} onToChange={setTo} />
                <ToggleButtonGroup exclusive value={groupBy} onChange={(_e, g: GroupBy | null) => g && setGroupBy(g)} aria-label={translate('csa.compliance.scorecards.group')}>
                    <ToggleButton value="building" sx={{ minHeight: 48, color: 'text.primary' }}>{translate('csa.compliance.scorecards.by_building')}</ToggleButton>
                    <ToggleButton value="agency" sx={{ minHeight: 48, color: 'text.primary' }}>{translate('csa.compliance.scorecards.by_agency')}</ToggleButton>
                </ToggleButtonGroup>
                <ExportButton format="xlsx" busy={exporting === 'xlsx'} disabled={!valid || exporting !== null} onClick={exportXlsx} />
                {!valid ? <Alert severity="warning">{translate('csa.savings.invalid_range')}</Alert> : null}
            </ReportOptions>
            <ReportStatus error={error} loading={loading} />
            {totals ? (
                <Box component="section" aria-label={translate('csa.savings.totals')} sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }} data-testid="compliance-totals">
                    <ReportFigure label={translate('csa.compliance.scorecards.overall_score')} minWidth={180}><ScoreBar score={totals.score} /></ReportFigure>
                    <ReportFigure label={translate('csa.compliance.scorecards.items_checked')} minWidth={180}>{formatNumber(totals.itemsChecked ?? 0, 0)}</ReportFigure>
                    <ReportFigure label={translate('csa.compliance.scorecards.failed')} minWidth={180}>{formatNumber(totals.failed ?? 0, 0)}</ReportFigure>
                    <ReportFigure label={translate('csa.compliance.scorecards.open_actions')} minWidth={180}>{formatNumber(totals.openActions ?? 0, 0)}</ReportFigure>
                    <ReportFigure label={translate('csa.compliance.scorecards.overdue_actions')} minWidth={180}>{formatNumber(totals.overdueActions ?? 0, 0)}</ReportFigure>
                </Box>
            ) : null}
            {report ? (
                <Box sx={{ display: 'grid', gap: 2 }}>
                    <Card variant="outlined" component="section" aria-labelledby="compliance-trend-title">
                        <CardContent>
                            <Typography id="compliance-trend-title" variant="h6" component="h2" gutterBottom>
                                {translate('csa.compliance.scorecards.trend_of', { name: trendName })}
                            </Typography>
                            {row ? (
                                <Button size="small" onClick={() => setSelected(null)} sx={{ mb: 1 }}>
                                    {translate('csa.compliance.scorecards.show_all')}
                                </Button>
                            ) : null}
                            <TrendChart
                                trend={trend}
                                label={translate('csa.compliance.scorecards.trend_label', {
                                    name: trendName,
                                    values: trend
                                        .map(p => `${formatPeriod(p.period)}: ${p.score === null ? '—' : formatNumber(p.score, 1)}`)
                                        .join('; '),
                                })}
                            />
                        </CardContent>
                    </Card>
                    <Card variant="outlined" component="section" aria-labelledby="compliance-ranking">
                        <CardContent>
                            <Typography id="compliance-ranking" variant="h6" component="h2" gutterBottom>
                                {translate(`csa.compliance.scorecards.table_${groupBy}`)}
                            </Typography>
                            {report.rows.length === 0 ? (
                                <Typography>{translate('csa.dashboard.no_data')}</Typography>
                            ) : (
                                <ScoreTable rows={report.rows} groupBy={groupBy} selected={row?.key ?? null} onSelect={setSelected} />
                            )}
                        </CardContent>
                    </Card>
                </Box>
            ) : null}
        </ReportPage>
    );
};

export default CompliancePage;
