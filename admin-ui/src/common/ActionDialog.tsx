import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';

/**
 * A dialog that confirms one action: its title, the fields it needs, "Cancelar" and the action's
 * button (with a spinner while `pending`).
 */
export const ActionDialog = ({
    open,
    onClose,
    titleId,
    title,
    children,
    confirmLabel,
    confirmIcon,
    onConfirm,
    disabled = false,
    pending,
    color,
    size,
    fullWidth = false,
}: {
    open: boolean;
    onClose: () => void;
    /** The title's id, which names the dialog. */
    titleId: string;
    title: string;
    children: ReactNode;
    confirmLabel: string;
    confirmIcon: ReactNode;
    onConfirm: () => void;
    /** Whether the fields are not ready yet (the button is also disabled while pending). */
    disabled?: boolean;
    pending: boolean;
    color?: 'error';
    size?: 'large';
    /** Full width up to `sm`. */
    fullWidth?: boolean;
}) => {
    const translate = useTranslate();
    return (
        <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth={fullWidth} maxWidth="sm">
            <DialogTitle id={titleId}>{title}</DialogTitle>
            <DialogContent>{children}</DialogContent>
            <DialogActions>
                <Button onClick={onClose} size={size}>
                    {translate('ra.action.cancel')}
                </Button>
                <Button
                    variant="contained"
                    color={color}
                    size={size}
                    onClick={onConfirm}
                    disabled={disabled || pending}
                    startIcon={pending ? <CircularProgress size={18} /> : confirmIcon}
                >
                    {confirmLabel}
                </Button>
            </DialogActions>
        </Dialog>
    );
};
