import { useState } from 'react';
import { useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import type { SavingsGroupBy, SavingsReport } from '../common/costs';
import { formatMoney, todayInMexico } from '../common/format';
import { ExportButton, ReportFigure, ReportOptions, ReportPage, ReportStatus } from '../common/ReportLayout';
import { type ExportFormat, useReportExport } from '../common/useReportExport';
import { GroupBySelect, isMonthRange, MonthRangeFields } from '../common/ReportPickers';
import { toQuery, type CsaDataProvider } from '../dataProvider';
import { SavingsChart } from './SavingsChart';
import { AccessDenied } from '../common/AccessDenied';
import { useApiQuery } from '../common/useApiQuery';

const CHARTS = ['year', 'level', 'building'] as const;
type ChartGroup = (typeof CHARTS)[number];
const EXPORT_GROUPS: SavingsGroupBy[] = ['year', 'month', 'building', 'level', 'agency'];

/** "Ahorros": what the CSA scheme saves, by year, building and government level. */
const SavingsPage = () => {
    const translate = useTranslate();
    const dataProvider = useDataProvider<CsaDataProvider>();
    const { canAccess, isPending: checking } = useCanAccess({ resource: 'savings', action: 'read' });
    const thisYear = todayInMexico().slice(0, 4);
    const [from, setFrom] = useState(`${Number(thisYear) - 2}-01`);
    const [to, setTo] = useState(todayInMexico().slice(0, 7));
    const [exportGroup, setExportGroup] = useState<SavingsGroupBy>('year');
    const [exportError, setExportError] = useState<string | null>(null);
    const { exporting, download } = useReportExport(setExportError);
    const valid = isMonthRange(from, to);
    // The three charts' reports together: all of them or none.
    const { data: reports, loading, error: loadError } = useApiQuery(
        ['savings', { from, to }],
        async () => {
            const results = await Promise.all(CHARTS.map(groupBy => dataProvider.getSavings({ from, to, groupBy })));
            return Object.fromEntries(CHARTS.map((g, i) => [g, results[i].data])) as Record<ChartGroup, SavingsReport>;
        },
        { enabled: !!canAccess && valid, keepPrevious: true },
    );
    const error = loadError ?? exportError;

    if (checking) return null;
    if (!canAccess) return <AccessDenied />;

    const totals = reports?.year.totals;
    const exportAs = (format: ExportFormat) => {
        setExportError(null);
        return download(format, `/reports/savings${toQuery({ from, to, groupBy: exportGroup, format })}`, `ahorros_${from}_${to}.${format}`);
    };

    return (
        <ReportPage titleKey="csa.savings.title" introKey="csa.savings.intro">
            <ReportOptions label={translate('csa.savings.range')}>
                <MonthRangeFields idPrefix="savings" from={from} to={to} onFromChange={setFrom} onToChange={setTo} />
                <GroupBySelect
                    id="savings-export-group"
                    labelKey="csa.savings.export_group"
                    minWidth={220}
                    groups={EXPORT_GROUPS}
                    value={exportGroup}
                    onChange={setExportGroup}
                    optionKey={g => `csa.savings.group.${g}`}
                />
                <ExportButton format="xlsx" busy={exporting === 'xlsx'} disabled={!valid || exporting !== null} onClick={() => exportAs('xlsx')} />
                <ExportButton format="csv" busy={exporting === 'csv'} disabled={!valid || exporting !== null} onClick={() => exportAs('csv')} />
                {!valid ? <Alert severity="warning">{translate('csa.savings.invalid_range')}</Alert> : null}
            </ReportOptions>
            <ReportStatus error={error} loading={loading} />
            {totals ? (
                <Box component="section" aria-label={translate('csa.savings.totals')} sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }} data-testid="savings-totals">
                    <ReportFigure label={translate('csa.savings.lease')}>{formatMoney(totals.leaseSavings)}</ReportFigure>
                    <ReportFigure label={translate('csa.savings.electricity')}>{formatMoney(totals.electricitySavings)}</ReportFigure>
                    <ReportFigure label={translate('csa.savings.total_savings')}>{formatMoney(totals.totalSavings)}</ReportFigure>
                    <ReportFigure label={translate('csa.savings.vacancy')}>{formatMoney(totals.vacancyCost)}</ReportFigure>
                    <ReportFigure label={translate('csa.savings.own_leases')}>{formatMoney(totals.ownOfficeLeases)}</ReportFigure>
                </Box>
            ) : null}
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
                {CHARTS.map(group => {
                    const report = reports?.[group];
                    const title = translate(`csa.savings.by_${group}`);
                    return (
                        <Card key={group} component="section" aria-labelledby={`savings-${group}`} data-testid={`savings-${group}`} sx={group === 'building' ? { gridColumn: { lg: '1 / -1' } } : undefined}>
                            <CardContent>
                                <Typography id={`savings-${group}`} variant="h6" component="h2" gutterBottom>
                                    {title}
                                </Typography>
                                {report && report.rows.length > 0 ? (
                                    <SavingsChart rows={report.rows} label={title} height={group === 'building' ? 360 : 300} />
                                ) : (
                                    <Typography color="text.secondary">{translate('csa.dashboard.no_data')}</Typography>
                                )}
                            </CardContent>
                        </Card>
                    );
                })}
            </Box>
        </ReportPage>
    );
};

export default SavingsPage;
