import { lazy } from 'react';
import FactCheckIcon from '@mui/icons-material/FactCheck';

export default {
    list: lazy(() => import('./InspectionList')),
    show: lazy(() => import('./InspectionShow')),
    create: lazy(() => import('./InspectionCreate')),
    edit: lazy(() => import('./InspectionEdit')),
    icon: FactCheckIcon,
    recordRepresentation: 'folio',
};

/** The tablet screen, a child route of the resource: /inspections/:id/record. */
export const InspectionRecord = lazy(() => import('./InspectionRecord'));
