import { lazy } from 'react';
import GavelIcon from '@mui/icons-material/Gavel';

export default {
    list: lazy(() => import('./RegulationList')),
    show: lazy(() => import('./RegulationShow')),
    edit: lazy(() => import('./RegulationEdit')),
    create: lazy(() => import('./RegulationCreate')),
    icon: GavelIcon,
    recordRepresentation: (record: { code?: string; title?: string }) => [record.code, record.title].filter(Boolean).join(' · '),
};
