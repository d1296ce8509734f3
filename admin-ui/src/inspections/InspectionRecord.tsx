import { useEffect, useMemo, useRef, useState } from 'react';
import { Title, useCanAccess, useGetOne, useRefresh, useSidebarState, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { Alert, Box, Button, CircularProgress, LinearProgress, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import ViewCarouselIcon from '@mui/icons-material/ViewCarousel';
import TableRowsIcon from '@mui/icons-material/TableRows';
import DrawIcon from '@mui/icons-material/Draw';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { AccessDenied } from '../common/AccessDenied';
import { StatusChip } from '../compliance/chips';
import type { Checklist, Inspection } from '../compliance/types';
import { ReportButton, SignDialog } from './InspectionButtons';
import { ChecklistGrid, ItemCard } from './RecordViews';
import { SyncIndicator } from './SyncIndicator';
import { buildTasks } from './tasks';
import { useInspectionSync } from './useInspectionSync';

type Mode = 'one' | 'table';
const MODE_KEY = 'csa-inspection.mode';
const indexKey = (id: string) => `csa-inspection.${id}.index`;

/** The tablet screen: record each item × space (one at a time or a dense table), photos, sign-off. */
const InspectionRecord = () => {
    const { id = '' } = useParams<{ id: string }>();
    const translate = useTranslate();
    const refresh = useRefresh();
    const { canAccess, isPending: checking } = useCanAccess({ resource: 'inspections', action: 'update' });
    const { data: inspection, error: inspectionError, refetch } = useGetOne<Inspection>('inspections', { id });
    const { data: checklist } = useGetOne<Checklist>(
        'checklists',
        { id: inspection?.checklistId ?? '' },
        { enabled: !!inspection?.checklistId },
    );
    const readOnly = !inspection || inspection.status === 'signed' || !canAccess;
    const sync = useInspectionSync(id, { readOnly });
    const [mode, setMode] = useState<Mode>(() => (localStorage.getItem(MODE_KEY) === 'table' ? 'table' : 'one'));
    const [index, setIndex] = useState(() => Number(sessionStorage.getItem(indexKey(id)) ?? 0) || 0);
    const [signing, setSigning] = useState(false);
    const [sidebarOpen, setSidebarOpen] = useSidebarState();
    const sidebarWasOpen = useRef(sidebarOpen);
    // On a tablet the screen belongs to the checklist: fold the menu away while recording
    // (the ☰ button brings it back) and restore it on leaving.
    useEffect(() => {
        if (window.innerWidth >= 1280 || !sidebarWasOpen.current) return;
        setSidebarOpen(false);
        return () => setSidebarOpen(true);
    }, [setSidebarOpen]);

    const tasks = useMemo(() => (inspection && checklist ? buildTasks(inspection, checklist.items ?? []) : []), [inspection, checklist]);
    useEffect(() => {
        sessionStorage.setItem(indexKey(id), String(index));
    }, [id, index]);
    useEffect(() => {
        if (tasks.length > 0 && index >= tasks.length) setIndex(tasks.length - 1);
    }, [tasks.length, index]);

    if (checking) return null;
    if (!canAccess) return <AccessDenied />;
    if (inspectionError) return <Alert severity="error">{translate('csa.errors.not_found')}</Alert>;
    if (!inspection || !checklist || sync.loading) return <CircularProgress sx={{ m: 3 }} />;

    const done = tasks.filter(t => sync.cell(t.item.id, t.space.spaceId).outcome).length;
    const failed = tasks.filter(t => sync.cell(t.item.id, t.space.spaceId).outcome === 'fails').length;
    const complete = tasks.length > 0 && done === tasks.length;
    const changeMode = (next: Mode | null) => {
        if (!next) return;
        setMode(next);
        localStorage.setItem(MODE_KEY, next);
    };

    return (
        <Box sx={{ mt: 1, mb: 12, maxWidth: 1100 }}>
            <Title title={translate('csa.compliance.record.title', { folio: inspection.folio })} />
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
                <Button href={`#/inspections/${encodeURIComponent(id)}/show`} startIcon={<ArrowBackIcon />} size="large">
                    {translate('csa.compliance.record.back')}
                </Button>
                <Typography variant="h5" component="h2">
                    {translate('csa.compliance.record.heading', { folio: inspection.folio, building: inspection.buildingCode ?? '' })}
                </Typography>
                <StatusChip status={inspection.status} kind="inspection_status" />
                <SyncIndicator status={sync.status} pendingCount={sync.pendingCount} />
            </Box>
            {sync.loadError ? <Alert severity="warning" sx={{ mb: 1 }}>{translate('csa.compliance.record.load_offline')}</Alert> : null}
            {sync.error ? <Alert severity="error" role="alert" sx={{ mb: 1 }}>{sync.error}</Alert> : null}
            {inspection.status === 'signed' ? (
                <Alert severity="success" sx={{ mb: 1 }}>
                    {translate('csa.compliance.record.signed_readonly', { name: inspection.tenantSignatory ?? '' })}
                </Alert>
            ) : null}
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', my: 2 }}>
                <ToggleButtonGroup exclusive value={mode} onChange={(_e, m: Mode | null) => changeMode(m)} aria-label={translate('csa.compliance.record.mode')}>
                    <ToggleButton value="one" sx={{ minHeight: 48, gap: 1, color: 'text.primary' }}>
                        <ViewCarouselIcon />
                        {translate('csa.compliance.record.mode_one')}
                    </ToggleButton>
                    <ToggleButton value="table" sx={{ minHeight: 48, gap: 1, color: 'text.primary' }}>
                        <TableRowsIcon />
                        {translate('csa.compliance.record.mode_table')}
                    </ToggleButton>
                </ToggleButtonGroup>
                <Box sx={{ flex: '1 1 220px' }}>
                    <Typography variant="body2" id="record-progress">
                        {translate('csa.compliance.record.progress', { done, total: tasks.length, failed })}
                    </Typography>
                    <LinearProgress
                        variant="determinate"
                        value={tasks.length ? (100 * done) / tasks.length : 0}
                        aria-labelledby="record-progress"
                        sx={{ height: 10, borderRadius: 5 }}
                    />
                </Box>
            </Box>
            {tasks.length === 0 ? (
                <Alert severity="info">{translate('csa.compliance.record.no_items')}</Alert>
            ) : mode === 'one' ? (
                <ItemCard tasks={tasks} index={Math.min(index, tasks.length - 1)} onIndex={setIndex} sync={sync} readOnly={readOnly} />
            ) : (
                <ChecklistGrid tasks={tasks} sync={sync} readOnly={readOnly} />
            )}
            <Box
                sx={{
                    position: 'sticky',
                    bottom: 0,
                    mt: 2,
                    py: 1.5,
                    display: 'flex',
                    gap: 2,
                    flexWrap: 'wrap',
                    alignItems: 'center',
                    backgroundColor: 'background.default',
                    borderTop: '1px solid #C8C8C8',
                }}
            >
                {inspection.status !== 'signed' ? (
                    <>
                        <Button
                            variant="contained"
                            size="large"
                            startIcon={<DrawIcon />}
                            disabled={!complete}
                            onClick={() => setSigning(true)}
                            sx={{ minHeight: 56 }}
                        >
                            {translate('csa.compliance.inspection.sign')}
                        </Button>
                        {!complete ? (
                            <Typography variant="body2">
                                {translate('csa.compliance.record.incomplete', { smart_count: tasks.length - done })}
                            </Typography>
                        ) : null}
                    </>
                ) : (
                    <ReportButton inspection={inspection} size="large" />
                )}
            </Box>
            <SignDialog
                inspection={{ ...inspection, failCount: failed }}
                open={signing}
                onClose={() => setSigning(false)}
                beforeSign={sync.flushNow}
                onSigned={() => {
                    void refetch();
                    refresh();
                }}
            />
        </Box>
    );
};

export default InspectionRecord;
