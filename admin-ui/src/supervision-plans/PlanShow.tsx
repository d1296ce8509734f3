import { useEffect, useState } from 'react';
import {
    Loading,
    ShowBase,
    Title,
    useCanAccess,
    useGetList,
    useNotify,
    useRecordContext,
    useRefresh,
    useTranslate,
    type Identifier,
} from 'react-admin';
import {
    Alert,
    Box,
    Button,
    Card,
    CardContent,
    CircularProgress,
    DialogContentText,
    MenuItem,
    TextField,
    Typography,
} from '@mui/material';
import CasinoIcon from '@mui/icons-material/Casino';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { complianceApi } from '../compliance/api';
import { StatusChip } from '../compliance/chips';
import type { Checklist, SupervisionPlan } from '../compliance/types';
import { formatPeriod, formatTimestamp } from '../common/format';
import { ActionDialog } from '../common/ActionDialog';
import { useApiCall } from '../common/useApiCall';
import { PlanEntries } from './PlanEntries';
import { useApiQuery } from '../common/useApiQuery';

const RegenerateDialog = ({ plan, open, onClose, onDone }: { plan: SupervisionPlan; open: boolean; onClose: () => void; onDone: () => void }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const { run, pending } = useApiCall();
    const [seed, setSeed] = useState('');
    const valid = seed === '' || /^-?\d+$/.test(seed);
    const submit = () =>
        run(async () => {
            const result = await complianceApi.regeneratePlan(plan.id, seed === '' ? undefined : Number(seed));
            notify('csa.compliance.plan.regenerated', { type: 'success', messageArgs: { seed: result?.seed ?? seed } });
            setSeed('');
            onDone();
            onClose();
        });
    return (
        <ActionDialog
            open={open}
            onClose={onClose}
            titleId="regenerate-title"
            title={translate('csa.compliance.plan.regenerate_title', { period: formatPeriod(plan.period) })}
            confirmLabel={translate('csa.compliance.plan.regenerate')}
            confirmIcon={<CasinoIcon />}
            disabled={!valid}
            pending={pending}
            onConfirm={submit}
        >
            <DialogContentText sx={{ mb: 2 }}>{translate('csa.compliance.plan.regenerate_content', { seed: plan.seed })}</DialogContentText>
            <TextField
                id="regenerate-seed"
                label={translate('csa.compliance.plan.new_seed')}
                value={seed}
                onChange={e => setSeed(e.target.value.trim())}
                error={!valid}
                helperText={translate(valid ? 'csa.compliance.plan.new_seed_help' : 'csa.compliance.plan.seed_invalid')}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
        </ActionDialog>
    );
};

const ApproveDialog = ({ plan, open, onClose, onDone }: { plan: SupervisionPlan; open: boolean; onClose: () => void; onDone: () => void }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const { run, pending } = useApiCall();
    const { data: checklists = [] } = useGetList<Checklist>('checklists', {
        filter: { active: true },
        pagination: { page: 1, perPage: 100 },
        sort: { field: 'name', order: 'ASC' },
    }, { enabled: open });
    const [checklistId, setChecklistId] = useState('');
    useEffect(() => {
        if (!checklistId && checklists.length > 0) setChecklistId(String(checklists[0].id));
    }, [checklists, checklistId]);
    const submit = () =>
        run(async () => {
            await complianceApi.approvePlan(plan.id, checklistId);
            notify('csa.compliance.plan.approved', { type: 'success' });
            onDone();
            onClose();
        });
    return (
        <ActionDialog
            open={open}
            onClose={onClose}
            titleId="approve-title"
            title={translate('csa.compliance.plan.approve_title', { period: formatPeriod(plan.period) })}
            confirmLabel={translate('csa.compliance.plan.approve')}
            confirmIcon={<TaskAltIcon />}
            disabled={!checklistId}
            pending={pending}
            onConfirm={submit}
        >
            <DialogContentText sx={{ mb: 2 }}>{translate('csa.compliance.plan.approve_content')}</DialogContentText>
            <TextField
                id="approve-checklist"
                select
                fullWidth
                label={translate('csa.compliance.plan.checklist')}
                value={checklistId}
                onChange={e => setChecklistId(e.target.value)}
            >
                {checklists.map(c => (
                    <MenuItem key={String(c.id)} value={String(c.id)}>
                        {c.name}
                    </MenuItem>
                ))}
            </TextField>
        </ActionDialog>
    );
};

const PlanView = () => {
    const plan = useRecordContext<SupervisionPlan>();
    const translate = useTranslate();
    const refresh = useRefresh();
    const { canAccess: canUpdate } = useCanAccess({ resource: 'supervision-plans', action: 'update' });
    const [dialog, setDialog] = useState<'regenerate' | 'approve' | null>(null);
    // The entries with the draw they belong to: never shown beside another seed. Every draw (even
    // with the same seed) and the approval make a new key, and no previous data is kept, so the
    // spinner shows until that draw's entries arrive.
    const planId = plan?.id;
    const { data: entries, error } = useApiQuery(
        ['plan-entries', planId, plan?.seed, plan?.drawnAt, plan?.status],
        () => complianceApi.planEntries(planId as Identifier),
        { enabled: planId !== undefined },
    );

    if (!plan) return null;
    const buildings = new Set((entries ?? []).map(e => String(e.buildingId))).size;
    const forced = (entries ?? []).filter(e => e.forced).length;
    const draft = plan.status === 'draft';
    return (
        <Box sx={{ mt: 1, mb: 4 }}>
            <Title title={translate('csa.compliance.plan.title', { period: formatPeriod(plan.period) })} />
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', my: 1 }}>
                <Typography variant="h5" component="h2">
                    {translate('csa.compliance.plan.title', { period: formatPeriod(plan.period) })}
                </Typography>
                <StatusChip status={plan.status} kind="plan_status" />
                <Box sx={{ flex: 1 }} />
                {draft && canUpdate ? (
                    <>
                        <Button variant="outlined" size="large" startIcon={<CasinoIcon />} onClick={() => setDialog('regenerate')}>
                            {translate('csa.compliance.plan.regenerate')}
                        </Button>
                        <Button variant="contained" size="large" startIcon={<TaskAltIcon />} onClick={() => setDialog('approve')}>
                            {translate('csa.compliance.plan.approve')}
                        </Button>
                    </>
                ) : null}
            </Box>
            <Card variant="outlined" component="section" aria-label={translate('csa.compliance.plan.how')} sx={{ mb: 2 }}>
                <CardContent>
                    <Typography variant="h6" component="h2" gutterBottom>
                        {translate('csa.compliance.plan.how')}
                    </Typography>
                    {entries ? (
                        <Typography variant="body1" data-testid="plan-summary" sx={{ mb: 1 }}>
                            {translate('csa.compliance.plan.summary', {
                                smart_count: entries.length,
                                buildings,
                                seed: plan.seed,
                                forced,
                            })}
                        </Typography>
                    ) : null}
                    {plan.candidates ? (
                        <Typography variant="body2" sx={{ mb: 1 }}>
                            {translate('csa.compliance.plan.candidates', { smart_count: plan.candidates, size: plan.sampleSize })}
                        </Typography>
                    ) : null}
                    <Typography variant="body2" sx={{ maxWidth: 1000 }}>
                        {translate('csa.compliance.plan.method', { months: plan.coverageMonths, threshold: Math.max(plan.coverageMonths - 1, 0) })}
                    </Typography>
                    {draft ? (
                        <Alert severity="info" sx={{ mt: 1 }}>
                            {translate('csa.compliance.plan.draft_note')}
                        </Alert>
                    ) : (
                        <Alert severity="success" sx={{ mt: 1 }}>
                            {translate('csa.compliance.plan.approved_note', {
                                at: formatTimestamp(plan.approvedAt),
                                by: plan.approvedByName ?? plan.approvedBy ?? '',
                            })}
                        </Alert>
                    )}
                </CardContent>
            </Card>
            {error ? (
                <Alert severity="error" role="alert">
                    {error}
                </Alert>
            ) : !entries ? (
                <CircularProgress size={28} />
            ) : (
                <PlanEntries entries={entries} />
            )}
            <RegenerateDialog plan={plan} open={dialog === 'regenerate'} onClose={() => setDialog(null)} onDone={refresh} />
            <ApproveDialog plan={plan} open={dialog === 'approve'} onClose={() => setDialog(null)} onDone={refresh} />
        </Box>
    );
};

const PlanShow = () => (
    <ShowBase loading={<Loading />}>
        <PlanView />
    </ShowBase>
);

export default PlanShow;
