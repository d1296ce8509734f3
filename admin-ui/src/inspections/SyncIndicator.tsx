import { Chip } from '@mui/material';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import ErrorIcon from '@mui/icons-material/Error';
import { useTranslate } from 'react-admin';
import type { SyncStatus } from './useInspectionSync';

const look: Record<SyncStatus, { icon: React.ReactElement; bg: string; fg: string }> = {
    saved: { icon: <CloudDoneIcon />, bg: '#2E7D32', fg: '#FFFFFF' },
    pending: { icon: <CloudUploadIcon />, bg: '#F2C14E', fg: '#2B2B2B' },
    sending: { icon: <CloudUploadIcon />, bg: '#1565C0', fg: '#FFFFFF' },
    offline: { icon: <CloudOffIcon />, bg: '#8F5500', fg: '#FFFFFF' },
    error: { icon: <ErrorIcon />, bg: '#B71C1C', fg: '#FFFFFF' },
};

/** "Guardado" / "Pendiente de enviar (n)" / "Sin conexión…", announced politely to screen readers. */
export const SyncIndicator = ({ status, pendingCount }: { status: SyncStatus; pendingCount: number }) => {
    const translate = useTranslate();
    const l = look[status];
    return (
        <div role="status" aria-live="polite" data-testid="sync-status" data-status={status}>
            <Chip
                icon={l.icon}
                label={translate(`csa.compliance.record.sync_${status}`, { smart_count: pendingCount })}
                sx={{ backgroundColor: l.bg, color: l.fg, fontWeight: 600, '& .MuiChip-icon': { color: l.fg } }}
            />
        </div>
    );
};
