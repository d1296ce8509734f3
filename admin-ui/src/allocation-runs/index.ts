import { lazy } from 'react';
import PlaylistPlayIcon from '@mui/icons-material/PlaylistPlay';

export default {
    list: lazy(() => import('./AllocationRunList')),
    show: lazy(() => import('./AllocationRunShow')),
    icon: PlaylistPlayIcon,
    recordRepresentation: (record: { period?: string; startedAt?: string }) => record.period ?? '',
};
