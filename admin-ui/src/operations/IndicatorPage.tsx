import { useEffect, useMemo, useState } from 'react';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import { Alert, Box, Card, CardContent, CircularProgress, MenuItem, TextField, Typography } from '@mui/material';
import { AccessDenied } from '../common/AccessDenied';
import { todayInMexico } from '../common/format';
import { getIndicator } from './api';
import { messageOf } from './errors';
import { pivotIndicator } from './indicator';
import { IndicatorTable } from './IndicatorTable';
import type { IndicatorReport } from './types';
import { useBuildings } from './useBuildings';

/** "Indicador de operación": days operated ÷ working days × 100, per building and month. */
const IndicatorPage = () => {
    const translate = useTranslate();
    const { canAccess, isPending } = useCanAccess({ resource: 'operations', action: 'read' });
    const buildings = useBuildings();
    const [year, setYear] = useState(Number(todayInMexico().slice(0, 4)) - 1);
    const [buildingId, setBuildingId] = useState('');
    const [report, setReport] = useState<IndicatorReport | null>(null);
    const [loading, setLoading] = useState(false);
    const [error, setError] = useState<string | null>(null);
    const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;

    useEffect(() => {
        if (!canAccess || !valid) return;
        let cancelled = false;
        setLoading(true);
        setError(null);
        getIndicator(year, buildingId || null)
            .then(r => !cancelled && setReport(r))
            .catch(e => !cancelled && setError(messageOf(e, translate('csa.errors.load'))))
            .finally(() => !cancelled && setLoading(false));
        return () => {
            cancelled = true;
        };
    }, [canAccess, valid, year, buildingId, translate]);

    const lines = useMemo(() => pivotIndicator(report?.rows ?? []), [report]);

    if (isPending) return null;
    if (!canAccess) return <AccessDenied />;

    return (
        <Box sx={{ mt: 1, mb: 4, minWidth: 0 }}>
            <Title title={translate('csa.indicator.title')} />
            <Typography variant="h5" component="h1" sx={{ my: 1 }}>
                {translate('csa.indicator.title')}
            </Typography>
            <Typography sx={{ mb: 2, maxWidth: 900 }}>{translate('csa.indicator.intro')}</Typography>
            <Card variant="outlined" sx={{ mb: 2 }}>
                <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
                    <TextField
                        id="indicator-year"
                        type="number"
                        label={translate('csa.calendar.year')}
                        value={year}
                        onChange={e => setYear(Number(e.target.value))}
                        fullWidth={false}
                        sx={{ width: 120 }}
                        slotProps={{ htmlInput: { min: 2000, max: 2100 } }}
                    />
                    <TextField
                        id="indicator-building"
                        select
                        label={translate('csa.indicator.building')}
                        value={buildingId}
                        onChange={e => setBuildingId(e.target.value)}
                        fullWidth={false}
                        sx={{ minWidth: 260 }}
                    >
                        <MenuItem value="">{translate('csa.indicator.all_buildings')}</MenuItem>
                        {buildings.map(b => (
                            <MenuItem key={String(b.id)} value={String(b.id)}>
                                {b.code} · {b.name}
                            </MenuItem>
                        ))}
                    </TextField>
                    {loading ? <CircularProgress size={24} aria-label={translate('ra.page.loading')} /> : null}
                </CardContent>
            </Card>
            <Box aria-live="polite">
                {error ? (
                    <Alert severity="error" sx={{ mb: 2 }}>
                        {error}
                    </Alert>
                ) : null}
            </Box>
            {report && !error ? (
                lines.length > 0 ? (
                    <IndicatorTable lines={lines} year={report.year} />
                ) : (
                    <Alert severity="info">{translate('csa.indicator.empty', { year: report.year })}</Alert>
                )
            ) : null}
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2, maxWidth: 900 }}>
                {translate('csa.indicator.formula')}
            </Typography>
        </Box>
    );
};

export default IndicatorPage;
