import { useMemo, useState } from 'react';
import { useCanAccess, useTranslate } from 'react-admin';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { AccessDenied } from '../common/AccessDenied';
import { todayInMexico } from '../common/format';
import { ReportOptions, ReportPage } from '../common/ReportLayout';
import { BuildingSelect, isYearBetween, YearField } from '../common/ReportPickers';
import { getIndicator } from './api';
import { pivotIndicator } from './indicator';
import { IndicatorTable } from './IndicatorTable';
import { useApiQuery } from '../common/useApiQuery';

/** "Indicador de operación": days operated ÷ working days × 100, per building and month. */
const IndicatorPage = () => {
    const translate = useTranslate();
    const { canAccess, isPending } = useCanAccess({ resource: 'operations', action: 'read' });
    const [year, setYear] = useState(Number(todayInMexico().slice(0, 4)));
    const [buildingId, setBuildingId] = useState('');
    const valid = isYearBetween(year, 2000, 2100);
    const { data: report, loading, error } = useApiQuery(['indicator', year, buildingId], () => getIndicator(year, buildingId || null), { enabled: !!canAccess && valid, keepPrevious: true });

    const lines = useMemo(() => pivotIndicator(report?.rows ?? []), [report]);

    if (isPending) return null;
    if (!canAccess) return <AccessDenied />;

    return (
        <ReportPage titleKey="csa.indicator.title" introKey="csa.indicator.intro" sx={{ minWidth: 0 }}>
            <ReportOptions>
                <YearField id="indicator-year" value={year} onChange={setYear} min={2000} max={2100} />
                <BuildingSelect id="indicator-building" value={buildingId} onChange={setBuildingId} withName minWidth={260} />
                {loading ? <CircularProgress size={24} /> : null}
            </ReportOptions>
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
        </ReportPage>
    );
};

export default IndicatorPage;
