import { lazy } from 'react';
import ChecklistIcon from '@mui/icons-material/Checklist';

export default {
    list: lazy(() => import('./ChecklistList')),
    show: lazy(() => import('./ChecklistShow')),
    edit: lazy(() => import('./ChecklistEdit')),
    create: lazy(() => import('./ChecklistCreate')),
    icon: ChecklistIcon,
    recordRepresentation: 'name',
};
