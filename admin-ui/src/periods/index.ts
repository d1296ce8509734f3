import { lazy } from 'react';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';

export default {
    list: lazy(() => import('./PeriodList')),
    icon: EventAvailableIcon,
    recordRepresentation: (record: { period: string }) => record.period,
};
