import { lazy } from 'react';
import HandshakeIcon from '@mui/icons-material/Handshake';
import type { Agreement } from '../common/types';

export default {
    list: lazy(() => import('./AgreementList')),
    show: lazy(() => import('./AgreementShow')),
    edit: lazy(() => import('./AgreementEdit')),
    create: lazy(() => import('./AgreementCreate')),
    icon: HandshakeIcon,
    recordRepresentation: (record: Agreement) => record.folio,
};
