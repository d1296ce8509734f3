import { lazy } from 'react';
import SpeedIcon from '@mui/icons-material/Speed';

export default {
    list: lazy(() => import('./MeterList')),
    edit: lazy(() => import('./MeterEdit')),
    create: lazy(() => import('./MeterCreate')),
    icon: SpeedIcon,
    recordRepresentation: (record: { buildingCode?: string; code: string }) =>
        record.buildingCode ? `${record.buildingCode} · ${record.code}` : record.code,
};
