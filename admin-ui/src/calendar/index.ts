import { lazy } from 'react';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { formatDate } from '../common/format';

export default {
    list: lazy(() => import('./CalendarDayList')),
    edit: lazy(() => import('./CalendarDayEdit')),
    create: lazy(() => import('./CalendarDayCreate')),
    icon: EventBusyIcon,
    recordRepresentation: (record: { date?: string; name?: string }) => [formatDate(record.date), record.name].filter(Boolean).join(' · '),
};
