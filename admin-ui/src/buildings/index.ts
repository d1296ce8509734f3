import { lazy } from 'react';
import ApartmentIcon from '@mui/icons-material/Apartment';
import type { Building } from '../common/types';

export default {
    list: lazy(() => import('./BuildingList')),
    show: lazy(() => import('./BuildingShow')),
    edit: lazy(() => import('./BuildingEdit')),
    create: lazy(() => import('./BuildingCreate')),
    icon: ApartmentIcon,
    recordRepresentation: (record: Building) => `${record.code} · ${record.name}`,
};
