import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRefresh, useTranslate, useCanAccess } from 'react-admin';
import LockIcon from '@mui/icons-material/Lock';
import { formatPeriod } from '../common/format';
import type { CsaDataProvider } from '../dataProvider';

export interface ClosePeriodButtonProps {
    period: string;
    /** Called after the period is closed. */
    onClosed?: () => void;
    /** Called with the API's message when closing is refused (409: bills not allocated, already closed). */
    onRefused?: (message: string) => void;
    variant?: 'text' | 'outlined' | 'contained';
}

/** "Cerrar periodo" with a confirmation: POST /api/periods/:period/close. */
export const ClosePeriodButton = ({ period, onClosed, onRefused, variant = 'text' }: ClosePeriodButtonProps) => {
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const dataProvider = useDataProvider<CsaDataProvider>();
    const { canAccess } = useCanAccess({ resource: 'periods', action: 'update' });
    const [open, setOpen] = useState(false);
    const [saving, setSaving] = useState(false);
    if (!canAccess) return null;

    const close = async () => {
        setSaving(true);
        try {
            await dataProvider.closePeriod(period);
            notify('csa.periods.closed', { type: 'success', messageArgs: { period: formatPeriod(period) } });
            setOpen(false);
            onClosed?.();
            refresh();
        } catch (error) {
            const e = error as { status?: number; message?: string; body?: { message?: string } };
            const message = e.body?.message ?? e.message ?? translate('ra.notification.http_error');
            setOpen(false);
            if (e.status === 403) notify('csa.errors.forbidden', { type: 'error' });
            else notify(message, { type: 'error', messageArgs: { _: message }, autoHideDuration: 10000 });
            onRefused?.(message);
        } finally {
            setSaving(false);
        }
    };

    return (
        <>
            <Button
                label="csa.periods.close"
                variant={variant}
                onClick={e => {
                    e.stopPropagation();
                    setOpen(true);
                }}
                aria-label={translate('csa.periods.close_named', { period: formatPeriod(period) })}
            >
                <LockIcon />
            </Button>
            <Confirm
                isOpen={open}
                loading={saving}
                title="csa.periods.close_title"
                content="csa.periods.close_content"
                translateOptions={{ period: formatPeriod(period) }}
                confirm="csa.periods.close"
                confirmColor="warning"
                onConfirm={close}
                onClose={() => setOpen(false)}
            />
        </>
    );
};
