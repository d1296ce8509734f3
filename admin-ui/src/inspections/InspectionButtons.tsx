import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import DrawIcon from '@mui/icons-material/Draw';
import { downloadFile } from '../common/download';
import { useNotifyApiError } from '../common/errors';
import { complianceApi } from '../compliance/api';
import type { Inspection } from '../compliance/types';

/** Downloads the act (acta de supervisión) as PDF. */
export const ReportButton = ({ inspection, size = 'medium' }: { inspection: Inspection; size?: 'medium' | 'large' }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const notifyApiError = useNotifyApiError();
    const [pending, setPending] = useState(false);
    return (
        <Button
            variant="outlined"
            size={size}
            startIcon={pending ? <CircularProgress size={18} /> : <PictureAsPdfIcon />}
            disabled={pending}
            onClick={async () => {
                setPending(true);
                try {
                    const name = await downloadFile(
                        `/inspections/${encodeURIComponent(String(inspection.id))}/report.pdf`,
                        `${inspection.folio || 'acta'}.pdf`,
                    );
                    notify('csa.statement.downloaded', { type: 'info', messageArgs: { name } });
                } catch (e) {
                    notifyApiError(e);
                } finally {
                    setPending(false);
                }
            }}
        >
            {translate('csa.compliance.inspection.report')}
        </Button>
    );
};

/**
 * The sign-off: the tenant's representative's name; sends what is still pending first.
 * After it the inspection can no longer change.
 */
export const SignDialog = ({
    inspection,
    open,
    onClose,
    beforeSign,
    onSigned,
}: {
    inspection: Inspection;
    open: boolean;
    onClose: () => void;
    beforeSign?: () => Promise<boolean>;
    onSigned: () => void;
}) => {
    const translate = useTranslate();
    const notify = useNotify();
    const notifyApiError = useNotifyApiError();
    const [name, setName] = useState('');
    const [pending, setPending] = useState(false);
    const submit = async () => {
        setPending(true);
        try {
            if (beforeSign && !(await beforeSign())) {
                notify('csa.compliance.record.sign_pending', { type: 'warning' });
                return;
            }
            await complianceApi.sign(inspection.id, name.trim());
            notify('csa.compliance.inspection.signed', { type: 'success' });
            onSigned();
            onClose();
        } catch (e) {
            notifyApiError(e);
        } finally {
            setPending(false);
        }
    };
    return (
        <Dialog open={open} onClose={onClose} aria-labelledby="sign-title" fullWidth maxWidth="sm">
            <DialogTitle id="sign-title">{translate('csa.compliance.inspection.sign_title', { folio: inspection.folio })}</DialogTitle>
            <DialogContent>
                <DialogContentText sx={{ mb: 2 }}>
                    {translate('csa.compliance.inspection.sign_content', { smart_count: inspection.failCount ?? 0 })}
                </DialogContentText>
                <TextField
                    id="tenant-signatory"
                    autoFocus
                    fullWidth
                    required
                    label={translate('resources.inspections.fields.tenantSignatory')}
                    value={name}
                    onChange={e => setName(e.target.value)}
                    slotProps={{ htmlInput: { maxLength: 200 } }}
                />
            </DialogContent>
            <DialogActions>
                <Button onClick={onClose} size="large">
                    {translate('ra.action.cancel')}
                </Button>
                <Button
                    variant="contained"
                    size="large"
                    onClick={submit}
                    disabled={name.trim().length < 3 || pending}
                    startIcon={pending ? <CircularProgress size={18} /> : <DrawIcon />}
                >
                    {translate('csa.compliance.inspection.sign')}
                </Button>
            </DialogActions>
        </Dialog>
    );
};
