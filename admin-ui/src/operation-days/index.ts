import { lazy } from 'react';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { formatDate } from '../common/format';

export default {
    list: lazy(() => import('./OperationDayList')),
    show: lazy(() => import('./OperationDayShow')),
    edit: lazy(() => import('./OperationDayEdit')),
    create: lazy(() => import('./OperationDayCreate')),
    icon: EventAvailableIcon,
    recordRepresentation: (record: { buildingCode?: string; date?: string }) =>
        [record.buildingCode, formatDate(record.date)].filter(Boolean).join(' · '),
};
