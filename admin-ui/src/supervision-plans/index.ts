import { lazy } from 'react';
import CasinoIcon from '@mui/icons-material/Casino';

export default {
    list: lazy(() => import('./PlanList')),
    show: lazy(() => import('./PlanShow')),
    create: lazy(() => import('./PlanCreate')),
    icon: CasinoIcon,
    recordRepresentation: (record: { period?: string }) => record.period ?? '',
};
