import { useEffect, useState } from 'react';
import { Title, useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import {
    Alert,
    Box,
    Button,
    Card,
    CardContent,
    CircularProgress,
    MenuItem,
    Paper,
    TextField,
    Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { PERIOD_RE, type SavingsGroupBy, type SavingsReport } from '../common/costs';
import { downloadFile } from '../common/download';
import { formatMoney, todayInMexico } from '../common/format';
import { toQuery, type CsaDataProvider } from '../dataProvider';
import { SavingsChart } from './SavingsChart';
import { AccessDenied } from '../common/AccessDenied';

const CHARTS = ['year', 'level', 'building'] as const;
type ChartGroup = (typeof CHARTS)[number];
const EXPORT_GROUPS: SavingsGroupBy[] = ['year', 'month', 'building', 'level', 'agency'];

const messageOf = (error: unknown, fallback: string) => {
    const e = error as { message?: string; body?: { message?: string | string[] } };
    const m = e?.body?.message ?? e?.message;
    return (Array.isArray(m) ? m.join(' ') : m) || fallback;
};

const Figure = ({ label, value }: { label: string; value: string }) => (
    <Paper variant="outlined" sx={{ p: 1.5, minWidth: 200, flex: '1 1 200px' }}>
        <Typography variant="body2" color="text.secondary">
            {label}
        </Typography>
        <Typography variant="h6" component="p">
            {value}
        </Typography>
    </Paper>
);

/** "Ahorros": what the CSA scheme saves, by year, building and government level. */
const SavingsPage = () => {
    const translate = useTranslate();
    const dataProvider = useDataProvider<CsaDataProvider>();
    const { canAccess, isPending: checking } = useCanAccess({ resource: 'savings', action: 'read' });
    const thisYear = todayInMexico().slice(0, 4);
    const [from, setFrom] = useState(`${Number(thisYear) - 2}-01`);
    const [to, setTo] = useState(todayInMexico().slice(0, 7));
    const [reports, setReports] = useState<Partial<Record<ChartGroup, SavingsReport>>>({});
    const [loading, setLoading] = useState(false);
    const [error, setError] = useState<string | null>(null);
    const [exportGroup, setExportGroup] = useState<SavingsGroupBy>('year');
    const [exporting, setExporting] = useState<'xlsx' | 'csv' | null>(null);
    const valid = PERIOD_RE.test(from) && PERIOD_RE.test(to) && from <= to;

    useEffect(() => {
        if (!canAccess || !valid) return;
        let cancelled = false;
        setLoading(true);
        setError(null);
        Promise.all(CHARTS.map(groupBy => dataProvider.getSavings({ from, to, groupBy })))
            .then(results => {
                if (cancelled) return;
                setReports(Object.fromEntries(CHARTS.map((g, i) => [g, results[i].data])));
            })
            .catch(e => !cancelled && setError(messageOf(e, translate('csa.errors.load'))))
            .finally(() => !cancelled && setLoading(false));
        return () => {
            cancelled = true;
        };
    }, [canAccess, dataProvider, from, to, valid, translate]);

    if (checking) return null;
    if (!canAccess) return <AccessDenied />;

    const totals = reports.year?.totals;
    const exportAs = async (format: 'xlsx' | 'csv') => {
        setExporting(format);
        setError(null);
        try {
            await downloadFile(
                `/reports/savings${toQuery({ from, to, groupBy: exportGroup, format })}`,
                `ahorros_${from}_${to}.${format}`,
            );
        } catch (e) {
            setError(messageOf(e, translate('ra.notification.http_error')));
        } finally {
            setExporting(null);
        }
    };

    return (
        <Box sx={{ mt: 1, mb: 4 }}>
            <Title title={translate('csa.savings.title')} />
            <Typography variant="h5" component="h1" sx={{ my: 1 }}>
                {translate('csa.savings.title')}
            </Typography>
            <Typography variant="body1" sx={{ mb: 2, maxWidth: 900 }}>
                {translate('csa.savings.intro')}
            </Typography>
            <Card variant="outlined" component="section" aria-label={translate('csa.savings.range')} sx={{ mb: 2 }}>
                <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
                    <TextField fullWidth={false} id="savings-from" type="month" label={translate('csa.savings.from')} value={from} onChange={e => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
                    <TextField fullWidth={false} id="savings-to" type="month" label={translate('csa.savings.to')} value={to} onChange={e => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
                    <TextField
                        fullWidth={false}
                        id="savings-export-group"
                        select
                        label={translate('csa.savings.export_group')}
                        value={exportGroup}
                        onChange={e => setExportGroup(e.target.value as SavingsGroupBy)}
                        sx={{ minWidth: 220 }}
                    >
                        {EXPORT_GROUPS.map(g => (
                            <MenuItem key={g} value={g}>
                                {translate(`csa.savings.group.${g}`)}
                            </MenuItem>
                        ))}
                    </TextField>
                    <Button variant="outlined" startIcon={exporting === 'xlsx' ? <CircularProgress size={18} /> : <DownloadIcon />} disabled={!valid || exporting !== null} onClick={() => exportAs('xlsx')}>
                        {translate('csa.savings.export_xlsx')}
                    </Button>
                    <Button variant="outlined" startIcon={exporting === 'csv' ? <CircularProgress size={18} /> : <DownloadIcon />} disabled={!valid || exporting !== null} onClick={() => exportAs('csv')}>
                        {translate('csa.savings.export_csv')}
                    </Button>
                    {!valid ? <Alert severity="warning">{translate('csa.savings.invalid_range')}</Alert> : null}
                </CardContent>
            </Card>
            <Box aria-live="polite">
                {error ? (
                    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                        {error}
                    </Alert>
                ) : null}
                {loading ? <CircularProgress size={28} aria-label={translate('ra.page.loading')} /> : null}
            </Box>
            {totals ? (
                <Box component="section" aria-label={translate('csa.savings.totals')} sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }} data-testid="savings-totals">
                    <Figure label={translate('csa.savings.lease')} value={formatMoney(totals.leaseSavings)} />
                    <Figure label={translate('csa.savings.electricity')} value={formatMoney(totals.electricitySavings)} />
                    <Figure label={translate('csa.savings.total_savings')} value={formatMoney(totals.totalSavings)} />
                    <Figure label={translate('csa.savings.vacancy')} value={formatMoney(totals.vacancyCost)} />
                    <Figure label={translate('csa.savings.own_leases')} value={formatMoney(totals.ownOfficeLeases)} />
                </Box>
            ) : null}
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
                {CHARTS.map(group => {
                    const report = reports[group];
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
        </Box>
    );
};

export default SavingsPage;
