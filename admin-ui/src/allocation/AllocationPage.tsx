import { useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
    Title,
    useCanAccess,
    useDataProvider,
    useGetList,
    useTranslate,
    type Identifier,
} from 'react-admin';
import { Alert, Box, Button, Card, CardContent, CircularProgress, MenuItem, TextField, Typography } from '@mui/material';
import PreviewIcon from '@mui/icons-material/Preview';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import type { AllocationRun, Period } from '../common/costs';
import { formatMoney, formatPeriod } from '../common/format';
import { PeriodStatusChip } from '../common/costFields';
import type { Building } from '../common/types';
import type { CsaDataProvider } from '../dataProvider';
import { ClosePeriodButton } from '../periods/ClosePeriodButton';
import { MatrixTable } from './MatrixTable';
import { RunSummary } from './RunSummary';
import { AccessDenied } from '../common/AccessDenied';
import { messageOf } from '../common/errors';
import { apiQueryKey, useApiQuery } from '../common/useApiQuery';

/** The period to work on: the oldest open month that has bills, else the newest open one. */
export const defaultPeriod = (periods: Period[]): string => {
    const open = periods.filter(p => p.status === 'open');
    const withBills = open.filter(p => (p.bills ?? 0) > 0).sort((a, b) => a.period.localeCompare(b.period));
    return withBills[0]?.period ?? open.sort((a, b) => b.period.localeCompare(a.period))[0]?.period ?? '';
};

/**
 * "Prorrateo": choose a period (and optionally a building), preview the run,
 * run it, review the apportionment matrix per building, then close the period.
 */
const AllocationPage = () => {
    const translate = useTranslate();
    const dataProvider = useDataProvider<CsaDataProvider>();
    const queryClient = useQueryClient();
    const { canAccess, isPending: checking } = useCanAccess({ resource: 'allocation-runs', action: 'list' });
    const { canAccess: canRun } = useCanAccess({ resource: 'allocation-runs', action: 'create' });
    const { data: periods, refetch: refetchPeriods } = useGetList<Period>('periods', {
        pagination: { page: 1, perPage: 500 },
        sort: { field: 'period', order: 'DESC' },
    });
    const { data: buildings } = useGetList<Building>('buildings', {
        pagination: { page: 1, perPage: 200 },
        sort: { field: 'code', order: 'ASC' },
        filter: { active: true },
    });
    const [period, setPeriod] = useState('');
    const [buildingId, setBuildingId] = useState('');
    const [reviewBuildingId, setReviewBuildingId] = useState('');
    const [busy, setBusy] = useState<'preview' | 'run' | null>(null);
    const [run, setRun] = useState<AllocationRun | null>(null);
    const [error, setError] = useState<string | null>(null);
    const [closeMessage, setCloseMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

    useEffect(() => {
        if (!period && periods?.length) setPeriod(defaultPeriod(periods));
    }, [periods, period]);

    const current = useMemo(() => periods?.find(p => p.period === period), [periods, period]);
    const buildingLabel = (id: Identifier | null | undefined) => {
        if (!id) return translate('csa.allocation.all_buildings');
        const b = buildings?.find(x => String(x.id) === String(id));
        return b ? `${b.code} · ${b.name}` : String(id);
    };
    const reviewId = buildingId || reviewBuildingId || (buildings?.[0] ? String(buildings[0].id) : '');
    const hasCharges = (run && !run.dryRun) || Number(current?.charged ?? 0) > 0;

    const { data: matrix, loading: matrixLoading, error: matrixError } = useApiQuery(
        ['apportionment-matrix', period, reviewId],
        () => dataProvider.getMatrix(period, reviewId).then(({ data }) => data),
        { enabled: !!period && !!reviewId && hasCharges },
    );

    if (checking) return null;
    if (!canAccess) return <AccessDenied />;

    const start = async (dryRun: boolean) => {
        setBusy(dryRun ? 'preview' : 'run');
        setError(null);
        setCloseMessage(null);
        try {
            const { data } = await dataProvider.runAllocation({ period, buildingId: buildingId || null, dryRun });
            setRun({ ...data, dryRun: dryRun || data.dryRun });
            if (!dryRun) {
                // The run changed the period's charges: its matrices load again.
                void queryClient.invalidateQueries({ queryKey: apiQueryKey('apportionment-matrix', period) });
                await refetchPeriods();
            }
        } catch (e) {
            setRun(null);
            setError(messageOf(e, translate('ra.notification.http_error')));
        } finally {
            setBusy(null);
        }
    };

    const selectPeriod = (value: string) => {
        setPeriod(value);
        setRun(null);
        setError(null);
        setCloseMessage(null);
    };

    const closed = current?.status === 'closed';

    return (
        <Box sx={{ mt: 1, mb: 4 }}>
            <Title title={translate('csa.allocation.title')} />
            <Typography variant="h5" component="h2" sx={{ my: 1 }}>
                {translate('csa.allocation.title')}
            </Typography>
            <Typography variant="body1" sx={{ mb: 2, maxWidth: 900 }}>
                {translate('csa.allocation.intro')}
            </Typography>
            <Card variant="outlined" component="section" aria-labelledby="allocation-step-1" sx={{ mb: 2 }}>
                <CardContent>
                    <Typography id="allocation-step-1" variant="h6" component="h2" gutterBottom>
                        {translate('csa.allocation.step_choose')}
                    </Typography>
                    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
                        <TextField
                            fullWidth={false}
                            id="allocation-period"
                            select
                            label={translate('csa.allocation.period')}
                            value={periods && period ? period : ''}
                            onChange={e => selectPeriod(e.target.value)}
                            sx={{ minWidth: 260 }}
                        >
                            {(periods ?? []).map(p => (
                                <MenuItem key={p.period} value={p.period}>
                                    {formatPeriod(p.period)} · {translate(`csa.period_status.${p.status}`)} ·{' '}
                                    {translate('csa.allocation.bills_count', { smart_count: p.bills ?? 0 })}
                                </MenuItem>
                            ))}
                        </TextField>
                        <TextField
                            fullWidth={false}
                            id="allocation-building"
                            select
                            label={translate('csa.allocation.building')}
                            value={buildings ? buildingId : ''}
                            onChange={e => {
                                setBuildingId(e.target.value);
                                setRun(null);
                            }}
                            sx={{ minWidth: 340 }}
                        >
                            <MenuItem value="">{translate('csa.allocation.all_buildings')}</MenuItem>
                            {(buildings ?? []).map(b => (
                                <MenuItem key={b.id} value={String(b.id)}>
                                    {b.code} · {b.name}
                                </MenuItem>
                            ))}
                        </TextField>
                        {current ? <PeriodStatusChip status={current.status} /> : null}
                    </Box>
                    {current ? (
                        <Typography variant="body2" sx={{ mb: 2 }}>
                            {translate('csa.allocation.period_summary', {
                                bills: current.bills ?? 0,
                                billed: formatMoney(current.billed ?? '0'),
                                charged: formatMoney(current.charged ?? '0'),
                            })}
                        </Typography>
                    ) : null}
                    {closed ? (
                        <Alert severity="info" sx={{ mb: 2 }}>
                            {translate('csa.allocation.period_closed', { period: formatPeriod(period) })}
                        </Alert>
                    ) : null}
                    {canRun ? (
                        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                            <Button
                                variant="outlined"
                                startIcon={busy === 'preview' ? <CircularProgress size={18} /> : <PreviewIcon />}
                                disabled={!period || closed || busy !== null}
                                onClick={() => start(true)}
                            >
                                {translate('csa.allocation.preview')}
                            </Button>
                            <Button
                                variant="contained"
                                startIcon={busy === 'run' ? <CircularProgress size={18} color="inherit" /> : <PlayArrowIcon />}
                                disabled={!period || closed || busy !== null}
                                onClick={() => start(false)}
                            >
                                {translate('csa.allocation.run')}
                            </Button>
                        </Box>
                    ) : null}
                    <Box aria-live="polite" sx={{ mt: 2 }}>
                        {error ? (
                            <Alert severity="error" role="alert" data-testid="allocation-error">
                                {error}
                            </Alert>
                        ) : null}
                        {run ? <RunSummary run={run} buildingLabel={buildingLabel(run.buildingId)} /> : null}
                    </Box>
                </CardContent>
            </Card>
            {hasCharges ? (
                <Card variant="outlined" component="section" aria-labelledby="allocation-step-2">
                    <CardContent>
                        <Typography id="allocation-step-2" variant="h6" component="h2" gutterBottom>
                            {translate('csa.allocation.step_review')}
                        </Typography>
                        {!buildingId ? (
                            <TextField
                                fullWidth={false}
                                id="allocation-review-building"
                                select
                                label={translate('csa.allocation.review_building')}
                                value={buildings ? reviewId : ''}
                                onChange={e => setReviewBuildingId(e.target.value)}
                                sx={{ minWidth: 340, mb: 2 }}
                            >
                                {(buildings ?? []).map(b => (
                                    <MenuItem key={b.id} value={String(b.id)}>
                                        {b.code} · {b.name}
                                    </MenuItem>
                                ))}
                            </TextField>
                        ) : null}
                        {matrixLoading ? <CircularProgress size={24} /> : null}
                        {matrixError ? <Alert severity="error">{matrixError}</Alert> : null}
                        {matrix && !matrixLoading ? (
                            <MatrixTable
                                matrix={matrix}
                                title={translate('csa.matrix.title', {
                                    building: buildingLabel(matrix.buildingId),
                                    period: formatPeriod(matrix.period),
                                })}
                            />
                        ) : null}
                        <Box sx={{ mt: 2, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                            {!closed && period ? (
                                <ClosePeriodButton
                                    period={period}
                                    variant="contained"
                                    onClosed={() => {
                                        setCloseMessage({
                                            severity: 'success',
                                            text: translate('csa.periods.closed', { period: formatPeriod(period) }),
                                        });
                                        void refetchPeriods();
                                    }}
                                    onRefused={text => setCloseMessage({ severity: 'error', text })}
                                />
                            ) : null}
                        </Box>
                        {closeMessage ? (
                            <Alert severity={closeMessage.severity} role="alert" sx={{ mt: 2 }} data-testid="close-period-message">
                                {closeMessage.text}
                            </Alert>
                        ) : null}
                    </CardContent>
                </Card>
            ) : null}
        </Box>
    );
};

export default AllocationPage;
