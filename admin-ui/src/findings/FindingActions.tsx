import { useState } from 'react';
import { useGetIdentity, useGetList, useNotify, useTranslate } from 'react-admin';
import {
    Box,
    Button,
    CircularProgress,
    FormControlLabel,
    MenuItem,
    Paper,
    Radio,
    RadioGroup,
    TextField,
    Typography,
} from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SendIcon from '@mui/icons-material/Send';
import VerifiedIcon from '@mui/icons-material/Verified';
import BlockIcon from '@mui/icons-material/Block';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ActionDialog } from '../common/ActionDialog';
import { useApiCall } from '../common/useApiCall';
import { formatDate } from '../common/format';
import { complianceApi } from '../compliance/api';
import type { Finding, Inspection } from '../compliance/types';
import { findingActions } from './actions';
import { FILE_BUTTON_SX } from '../common/fileButton';

const EVIDENCE_ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp';

/** Runs a call, tells the user, then reloads the finding and its timeline. */
const useRun = (onDone: () => void) => {
    const notify = useNotify();
    const { run: runCall, pending } = useApiCall();
    const run = (call: () => Promise<unknown>, success: string) =>
        runCall(async () => {
            await call();
            notify(success, { type: 'success' });
            onDone();
        });
    return { run, pending };
};

/** The liaison's answer: what was done, with evidence files. */
export const AnswerForm = ({ finding, onDone }: { finding: Finding; onDone: () => void }) => {
    const translate = useTranslate();
    const { run, pending } = useRun(onDone);
    const [text, setText] = useState('');
    const [files, setFiles] = useState<File[]>([]);
    return (
        <Paper variant="outlined" component="section" aria-labelledby="answer-title" sx={{ p: 2, mt: 2 }}>
            <Typography id="answer-title" variant="h6" component="h2" gutterBottom>
                {translate('csa.compliance.finding.answer_title')}
            </Typography>
            <Typography variant="body2" sx={{ mb: 2 }}>
                {translate('csa.compliance.finding.answer_help', { date: formatDate(finding.dueOn) })}
            </Typography>
            <TextField
                id="finding-answer"
                label={translate('csa.compliance.finding.answer_text')}
                value={text}
                onChange={e => setText(e.target.value)}
                multiline
                minRows={4}
                fullWidth
                required
                slotProps={{ htmlInput: { maxLength: 4000 } }}
            />
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', my: 2 }}>
                <Button component="label" role={undefined} tabIndex={-1} variant="outlined" startIcon={<UploadFileIcon />} sx={{ ...FILE_BUTTON_SX, minHeight: 48 }}>
                    {translate('csa.compliance.finding.add_evidence')}
                    <input
                        type="file"
                        multiple
                        accept={EVIDENCE_ACCEPT}
                        aria-label={translate('csa.compliance.finding.add_evidence')}
                        style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
                        onChange={e => {
                            const chosen = [...(e.target.files ?? [])];
                            setFiles(prev => [...prev, ...chosen]);
                            e.target.value = '';
                        }}
                    />
                </Button>
                {files.map((f, i) => (
                    <Button key={`${f.name}-${i}`} size="small" onClick={() => setFiles(prev => prev.filter((_, j) => j !== i))} aria-label={translate('csa.compliance.finding.remove_file', { name: f.name })}>
                        {f.name} ✕
                    </Button>
                ))}
            </Box>
            <Button
                variant="contained"
                size="large"
                startIcon={pending ? <CircularProgress size={18} /> : <SendIcon />}
                disabled={pending || text.trim().length < 5}
                onClick={async () => {
                    if (await run(() => complianceApi.answerFinding(finding.id, text.trim(), files), 'csa.compliance.finding.answered')) {
                        setText('');
                        setFiles([]);
                    }
                }}
            >
                {translate('csa.compliance.finding.send_answer')}
            </Button>
        </Paper>
    );
};

const VerifyDialog = ({ finding, open, onClose, onDone }: { finding: Finding; open: boolean; onClose: () => void; onDone: () => void }) => {
    const translate = useTranslate();
    const { run, pending } = useRun(onDone);
    const [accepted, setAccepted] = useState<'yes' | 'no'>('yes');
    const [note, setNote] = useState('');
    const [inspectionId, setInspectionId] = useState('');
    const { data: inspections = [] } = useGetList<Inspection>(
        'inspections',
        { filter: { buildingId: finding.buildingId }, pagination: { page: 1, perPage: 20 }, sort: { field: 'plannedOn', order: 'DESC' } },
        { enabled: open },
    );
    return (
        <ActionDialog
            open={open}
            onClose={onClose}
            titleId="verify-title"
            title={translate('csa.compliance.finding.verify_title', { folio: finding.folio })}
            fullWidth
            confirmLabel={translate('csa.compliance.finding.confirm_verify')}
            confirmIcon={<VerifiedIcon />}
            disabled={note.trim().length < 3}
            pending={pending}
            onConfirm={async () => {
                const ok = await run(
                    () =>
                        complianceApi.verifyFinding(finding.id, {
                            accepted: accepted === 'yes',
                            note: note.trim(),
                            ...(inspectionId ? { inspectionId } : {}),
                        }),
                    accepted === 'yes' ? 'csa.compliance.finding.verified' : 'csa.compliance.finding.reopened',
                );
                if (ok) onClose();
            }}
        >
            <RadioGroup value={accepted} onChange={e => setAccepted(e.target.value as 'yes' | 'no')} aria-label={translate('csa.compliance.finding.verify_title', { folio: finding.folio })}>
                <FormControlLabel value="yes" control={<Radio />} label={translate('csa.compliance.finding.accept')} />
                <FormControlLabel value="no" control={<Radio />} label={translate('csa.compliance.finding.reject')} />
            </RadioGroup>
            <TextField
                id="verify-note"
                label={translate('csa.compliance.finding.verify_note')}
                value={note}
                onChange={e => setNote(e.target.value)}
                multiline
                minRows={3}
                fullWidth
                required
                sx={{ my: 2 }}
            />
            <TextField
                id="verify-inspection"
                select
                fullWidth
                label={translate('csa.compliance.finding.verify_inspection')}
                value={inspectionId}
                onChange={e => setInspectionId(e.target.value)}
            >
                <MenuItem value="">{translate('csa.none')}</MenuItem>
                {inspections.map(i => (
                    <MenuItem key={String(i.id)} value={String(i.id)}>
                        {`${i.folio} · ${formatDate(i.plannedOn)}`}
                    </MenuItem>
                ))}
            </TextField>
        </ActionDialog>
    );
};

const WaiveDialog = ({ finding, open, onClose, onDone }: { finding: Finding; open: boolean; onClose: () => void; onDone: () => void }) => {
    const translate = useTranslate();
    const { run, pending } = useRun(onDone);
    const [reason, setReason] = useState('');
    return (
        <ActionDialog
            open={open}
            onClose={onClose}
            titleId="waive-title"
            title={translate('csa.compliance.finding.waive_title', { folio: finding.folio })}
            fullWidth
            confirmLabel={translate('csa.compliance.finding.waive')}
            confirmIcon={<BlockIcon />}
            color="error"
            disabled={reason.trim().length < 5}
            pending={pending}
            onConfirm={async () => {
                if (await run(() => complianceApi.waiveFinding(finding.id, reason.trim()), 'csa.compliance.finding.waived')) onClose();
            }}
        >
            <TextField
                id="waive-reason"
                label={translate('csa.compliance.finding.waive_reason')}
                value={reason}
                onChange={e => setReason(e.target.value)}
                multiline
                minRows={3}
                fullWidth
                required
                sx={{ mt: 1 }}
            />
        </ActionDialog>
    );
};

/** The buttons (and the liaison's answer form) that the user's role allows in the finding's status. */
export const FindingActionsPanel = ({ finding, onDone, role: roleProp }: { finding: Finding; onDone: () => void; role?: string }) => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    const role = roleProp ?? (identity?.role as string | undefined);
    const actions = findingActions(role, finding.status);
    const { run, pending } = useRun(onDone);
    const [dialog, setDialog] = useState<'verify' | 'waive' | null>(null);
    if (actions.length === 0) return null;
    return (
        <Box>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', my: 1 }}>
                {actions.includes('start') ? (
                    <Button
                        variant="outlined"
                        size="large"
                        startIcon={<PlayArrowIcon />}
                        disabled={pending}
                        onClick={() => run(() => complianceApi.startFinding(finding.id), 'csa.compliance.finding.started')}
                    >
                        {translate('csa.compliance.finding.start')}
                    </Button>
                ) : null}
                {actions.includes('verify') ? (
                    <Button variant="contained" size="large" startIcon={<VerifiedIcon />} onClick={() => setDialog('verify')}>
                        {translate('csa.compliance.finding.verify')}
                    </Button>
                ) : null}
                {actions.includes('waive') ? (
                    <Button variant="outlined" color="error" size="large" startIcon={<BlockIcon />} onClick={() => setDialog('waive')}>
                        {translate('csa.compliance.finding.waive')}
                    </Button>
                ) : null}
            </Box>
            {actions.includes('answer') ? <AnswerForm finding={finding} onDone={onDone} /> : null}
            {actions.includes('verify') ? <VerifyDialog finding={finding} open={dialog === 'verify'} onClose={() => setDialog(null)} onDone={onDone} /> : null}
            {actions.includes('waive') ? <WaiveDialog finding={finding} open={dialog === 'waive'} onClose={() => setDialog(null)} onDone={onDone} /> : null}
        </Box>
    );
};
