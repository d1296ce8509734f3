import { lazy } from 'react';
import RequestQuoteIcon from '@mui/icons-material/RequestQuote';

export default {
    list: lazy(() => import('./ChargeList')),
    show: lazy(() => import('./ChargeShow')),
    icon: RequestQuoteIcon,
    recordRepresentation: (record: { agencyAcronym?: string | null; serviceName?: string; period?: string }) =>
        [record.agencyAcronym ?? 'DGRM', record.serviceName, record.period].filter(Boolean).join(' · '),
};
