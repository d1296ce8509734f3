import { lazy } from 'react';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';

export default {
    list: lazy(() => import('./AgencyList')),
    show: lazy(() => import('./AgencyShow')),
    edit: lazy(() => import('./AgencyEdit')),
    create: lazy(() => import('./AgencyCreate')),
    icon: AccountBalanceIcon,
    recordRepresentation: (record: { acronym?: string; name: string }) =>
        record.acronym ? `${record.acronym} · ${record.name}` : record.name,
};
