import { lazy } from 'react';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';

export default {
    list: lazy(() => import('./UtilityBillList')),
    show: lazy(() => import('./UtilityBillShow')),
    edit: lazy(() => import('./UtilityBillEdit')),
    create: lazy(() => import('./UtilityBillCreate')),
    icon: ReceiptLongIcon,
    recordRepresentation: (record: { invoiceNumber?: string; serviceName?: string; period?: string }) =>
        [record.invoiceNumber, record.serviceName, record.period].filter(Boolean).join(' · '),
};
