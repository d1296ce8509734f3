import { lazy } from 'react';
import TuneIcon from '@mui/icons-material/Tune';

export default {
    list: lazy(() => import('./AdjustmentList')),
    create: lazy(() => import('./AdjustmentCreate')),
    icon: TuneIcon,
    recordRepresentation: (record: { period?: string; reason?: string }) =>
        [record.period, record.reason].filter(Boolean).join(' · '),
};
