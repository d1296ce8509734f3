import { lazy } from 'react';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';

export default {
    list: lazy(() => import('./FindingList')),
    show: lazy(() => import('./FindingShow')),
    edit: lazy(() => import('./FindingEdit')),
    icon: ReportProblemIcon,
    recordRepresentation: 'folio',
};
