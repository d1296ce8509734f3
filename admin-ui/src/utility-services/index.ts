import { lazy } from 'react';
import ElectricalServicesIcon from '@mui/icons-material/ElectricalServices';

export default {
    list: lazy(() => import('./UtilityServiceList')),
    show: lazy(() => import('./UtilityServiceShow')),
    edit: lazy(() => import('./UtilityServiceEdit')),
    create: lazy(() => import('./UtilityServiceCreate')),
    icon: ElectricalServicesIcon,
    recordRepresentation: (record: { buildingCode?: string; name: string }) =>
        record.buildingCode ? `${record.buildingCode} · ${record.name}` : record.name,
};
