import { lazy } from 'react';
import AssignmentIcon from '@mui/icons-material/Assignment';

export default {
    list: lazy(() => import('./ProcedureList')),
    show: lazy(() => import('./ProcedureShow')),
    edit: lazy(() => import('./ProcedureEdit')),
    create: lazy(() => import('./ProcedureCreate')),
    icon: AssignmentIcon,
    recordRepresentation: 'name',
};
