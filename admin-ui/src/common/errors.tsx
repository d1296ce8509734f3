import { useCallback } from 'react';
import { Alert, Link } from '@mui/material';
import { useNotify, useTranslate, useCloseNotification } from 'react-admin';

export interface AgreementConflict {
    agreementId: string | number;
    folio: string;
    spaceId?: string | number;
    spaceCode?: string;
}

interface ApiErrorLike {
    status?: number;
    message?: string;
    body?: {
        message?: string | string[];
        errors?: Record<string, string>;
        conflict?: AgreementConflict;
    };
}

export const getConflict = (error: unknown): AgreementConflict | null => {
    const e = error as ApiErrorLike | null;
    return e?.status === 409 && e.body?.conflict ? e.body.conflict : null;
};

/** The notification of a collision between agreements, with a link to the other one. */
export const ConflictAlert = ({ conflict }: { conflict: AgreementConflict }) => {
    const translate = useTranslate();
    const close = useCloseNotification();
    return (
        <Alert severity="error" variant="filled" role="alert" onClose={close} sx={{ maxWidth: 560 }}>
            {translate('csa.conflict.agreement', {
                folio: conflict.folio,
                spaceCode: conflict.spaceCode ?? '',
            })}{' '}
            <Link
                href={`#/agreements/${encodeURIComponent(String(conflict.agreementId))}/show`}
                color="inherit"
                underline="always"
                sx={{ fontWeight: 700 }}
                onClick={close}
            >
                {translate('csa.conflict.view', { folio: conflict.folio })}
            </Link>
        </Alert>
    );
};

/** The API's (Spanish) message of a failed call, or a fallback. */
export const messageOf = (error: unknown, fallback: string): string => {
    const e = error as { message?: string; body?: { message?: string | string[] } } | null;
    const m = e?.body?.message ?? e?.message;
    return (Array.isArray(m) ? m.join(' ') : m) || fallback;
};

/**
 * Shows an API error: an agreement collision with its folio and link,
 * a 403 as "your role may not do this", anything else with the API's
 * own (Spanish) message.
 */
export const useNotifyApiError = () => {
    const notify = useNotify();
    return useCallback(
        (error: unknown) => {
            const conflict = getConflict(error);
            if (conflict) {
                notify(<ConflictAlert conflict={conflict} />, { type: 'error', autoHideDuration: null });
                return;
            }
            const e = error as ApiErrorLike | null;
            if (e?.status === 403) {
                notify('csa.errors.forbidden', { type: 'error' });
                return;
            }
            const message = e?.message || 'ra.notification.http_error';
            notify(message, { type: 'error', messageArgs: { _: message } });
        },
        [notify],
    );
};

/**
 * onError for create/edit forms: 400 with `errors` is left to the form
 * (messages under each input), everything else is notified.
 */
export const useFormErrorHandler = () => {
    const notifyApiError = useNotifyApiError();
    return useCallback(
        (error: unknown) => {
            const e = error as ApiErrorLike | null;
            if (e?.status === 400 && e.body?.errors && Object.keys(e.body.errors).length > 0) return;
            notifyApiError(error);
        },
        [notifyApiError],
    );
};
