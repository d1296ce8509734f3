import { useState } from 'react';
import {
    Button,
    Confirm,
    useCanAccess,
    useDataProvider,
    useNotify,
    useRecordContext,
    useRefresh,
    useTranslate,
} from 'react-admin';
import {
    Button as MuiButton,
    Dialog,
    DialogActions,
    DialogContent,
    DialogContentText,
    DialogTitle,
    TextField,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import StopCircleIcon from '@mui/icons-material/StopCircle';
import { useApiCall } from '../common/useApiCall';
import { forgetOccupancy } from '../queryClient';
import { addToDate, formatDate, todayInMexico } from '../common/format';
import type { Agreement } from '../common/types';
import type { CsaDataProvider } from '../dataProvider';

/** Runs one workflow call; once it went through, says so, forgets the occupancy it changed and refreshes the page's data. */
const useWorkflow = () => {
    const notify = useNotify();
    const refresh = useRefresh();
    const queryClient = useQueryClient();
    const { run: call, pending } = useApiCall();
    const run = (workflow: () => Promise<unknown>, successKey: string) =>
        call(async () => {
            await workflow();
            notify(successKey, { type: 'success' });
            forgetOccupancy(queryClient);
            refresh();
        });
    return { run, pending };
};

export const ActivateButton = () => {
    const record = useRecordContext<Agreement>();
    const translate = useTranslate();
    const dataProvider = useDataProvider<CsaDataProvider>();
    const { canAccess } = useCanAccess({ resource: 'agreements', action: 'activate', record });
    const [open, setOpen] = useState(false);
    const { run, pending } = useWorkflow();
    if (!record || record.status !== 'draft' || !canAccess) return null;
    return (
        <>
            <Button label="csa.agreement.activate" onClick={() => setOpen(true)} variant="contained">
                <PlayArrowIcon />
            </Button>
            <Confirm
                isOpen={open}
                loading={pending}
                title={translate('csa.agreement.activate_title', { folio: record.folio })}
                content={translate('csa.agreement.activate_content')}
                confirm="csa.agreement.activate"
                onConfirm={async () => {
                    await run(() => dataProvider.activateAgreement(record.id), 'csa.agreement.activated');
                    setOpen(false);
                }}
                onClose={() => setOpen(false)}
            />
        </>
    );
};

export const ExtendButton = () => {
    const record = useRecordContext<Agreement>();
    const translate = useTranslate();
    const dataProvider = useDataProvider<CsaDataProvider>();
    const { canAccess } = useCanAccess({ resource: 'agreements', action: 'extend', record });
    const [open, setOpen] = useState(false);
    const [endDate, setEndDate] = useState('');
    const { run, pending } = useWorkflow();
    if (!record || record.status !== 'active' || !canAccess) return null;
    const invalid = !endDate || endDate <= record.endDate;
    const openDialog = () => {
        setEndDate(addToDate(record.endDate, { years: 1 }));
        setOpen(true);
    };
    return (
        <>
            <Button label="csa.agreement.extend" onClick={openDialog}>
                <EventRepeatIcon />
            </Button>
            <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="extend-title">
                <form
                    onSubmit={async e => {
                        e.preventDefault();
                        if (invalid) return;
                        if (await run(() => dataProvider.extendAgreement(record.id, endDate), 'csa.agreement.extended')) {
                            setOpen(false);
                        }
                    }}
                >
                    <DialogTitle id="extend-title">
                        {translate('csa.agreement.extend_title', { folio: record.folio })}
                    </DialogTitle>
                    <DialogContent>
                        <DialogContentText>
                            {translate('csa.agreement.extend_content', { endDate: formatDate(record.endDate) })}
                        </DialogContentText>
                        <TextField
                            id="extend-end-date"
                            type="date"
                            label={translate('csa.agreement.new_end_date')}
                            value={endDate}
                            onChange={e => setEndDate(e.target.value)}
                            required
                            autoFocus
                            margin="normal"
                            error={!!endDate && invalid}
                            helperText={!!endDate && invalid ? translate('csa.agreement.end_after_current') : ' '}
                            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: addToDate(record.endDate, { days: 1 }) } }}
                        />
                    </DialogContent>
                    <DialogActions>
                        <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
                        <MuiButton type="submit" variant="contained" disabled={invalid || pending}>
                            {translate('csa.agreement.extend')}
                        </MuiButton>
                    </DialogActions>
                </form>
            </Dialog>
        </>
    );
};

export const TerminateButton = () => {
    const record = useRecordContext<Agreement>();
    const translate = useTranslate();
    const dataProvider = useDataProvider<CsaDataProvider>();
    const { canAccess } = useCanAccess({ resource: 'agreements', action: 'terminate', record });
    const [open, setOpen] = useState(false);
    const [terminatedOn, setTerminatedOn] = useState('');
    const [reason, setReason] = useState('');
    const { run, pending } = useWorkflow();
    if (!record || record.status !== 'active' || !canAccess) return null;
    const invalid = !terminatedOn || reason.trim().length === 0;
    const openDialog = () => {
        setTerminatedOn(todayInMexico());
        setReason('');
        setOpen(true);
    };
    return (
        <>
            <Button label="csa.agreement.terminate" onClick={openDialog} color="error">
                <StopCircleIcon />
            </Button>
            <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="terminate-title">
                <form
                    onSubmit={async e => {
                        e.preventDefault();
                        if (invalid) return;
                        if (
                            await run(
                                () => dataProvider.terminateAgreement(record.id, { terminatedOn, reason: reason.trim() }),
                                'csa.agreement.terminated',
                            )
                        ) {
                            setOpen(false);
                        }
                    }}
                >
                    <DialogTitle id="terminate-title">
                        {translate('csa.agreement.terminate_title', { folio: record.folio })}
                    </DialogTitle>
                    <DialogContent>
                        <DialogContentText>{translate('csa.agreement.terminate_content')}</DialogContentText>
                        <TextField
                            id="terminate-date"
                            type="date"
                            label={translate('csa.agreement.terminated_on')}
                            value={terminatedOn}
                            onChange={e => setTerminatedOn(e.target.value)}
                            required
                            margin="normal"
                            slotProps={{ inputLabel: { shrink: true } }}
                        />
                        <TextField
                            id="terminate-reason"
                            label={translate('csa.agreement.reason')}
                            value={reason}
                            onChange={e => setReason(e.target.value)}
                            required
                            fullWidth
                            multiline
                            minRows={2}
                            margin="normal"
                        />
                    </DialogContent>
                    <DialogActions>
                        <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
                        <MuiButton type="submit" variant="contained" color="error" disabled={invalid || pending}>
                            {translate('csa.agreement.terminate')}
                        </MuiButton>
                    </DialogActions>
                </form>
            </Dialog>
        </>
    );
};
