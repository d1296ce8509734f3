import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Button, CircularProgress, DialogContentText, TextField } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import DrawIcon from '@mui/icons-material/Draw';
import { downloadFile } from '../common/download';
import { ActionDialog } from '../common/ActionDialog';
import { useApiCall } from '../common/useApiCall';
import { complianceApi } from '../compliance/api';
import type { Inspection } from '../compliance/types';

/** Downloads the act (acta de supervisión) as PDF. */
export const ReportButton = ({ inspection, size = 'medium' }: { inspection: Inspection; size?: 'medium' | 'large' }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const { run, pending } = useApiCall();
    return (
        <Button
            variant="outlined"
            size={size}
            startIcon={pending ? <CircularProgress size={18} /> : <PictureAsPdfIcon />}
            disabled={pending}
            onClick={() =>
                run(async () => {
                    const name = await downloadFile(
                        `/inspections/${encodeURIComponent(String(inspection.id))}/report.pdf`,
                        `${inspection.folio || 'acta'}.pdf`,
                    );
                    notify('csa.statement.downloaded', { type: 'info', messageArgs: { name } });
                })
            }
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
    const { run, pending } = useApiCall();
    const [name, setName] = useState('');
    const submit = () =>
        run(async () => {
            if (beforeSign && !(await beforeSign())) {
                notify('csa.compliance.record.sign_pending', { type: 'warning' });
                return;
            }
            await complianceApi.sign(inspection.id, name.trim());
            notify('csa.compliance.inspection.signed', { type: 'success' });
            onSigned();
            onClose();
        });
    return (
        <ActionDialog
            open={open}
            onClose={onClose}
            titleId="sign-title"
            title={translate('csa.compliance.inspection.sign_title', { folio: inspection.folio })}
            fullWidth
            size="large"
            confirmLabel={translate('csa.compliance.inspection.sign')}
            confirmIcon={<DrawIcon />}
            disabled={name.trim().length < 3}
            pending={pending}
            onConfirm={submit}
        >
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
        </ActionDialog>
    );
};
