import { lazy } from 'react';
import HistoryIcon from '@mui/icons-material/History';

export default {
    list: lazy(() => import('./AuditEventList')),
    show: lazy(() => import('./AuditEventShow')),
    icon: HistoryIcon,
    recordRepresentation: (record: { action?: string; resource?: string; occurredAt?: string }) =>
        `${record.resource ?? ''} ${record.action ?? ''}`.trim(),
};
