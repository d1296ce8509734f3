import { lazy } from 'react';
import MeetingRoomIcon from '@mui/icons-material/MeetingRoom';
import type { Space } from '../common/types';

export default {
    list: lazy(() => import('./SpaceList')),
    show: lazy(() => import('./SpaceShow')),
    edit: lazy(() => import('./SpaceEdit')),
    create: lazy(() => import('./SpaceCreate')),
    icon: MeetingRoomIcon,
    recordRepresentation: (record: Space) => (record.buildingCode ? `${record.buildingCode} ${record.code}` : record.code),
};
