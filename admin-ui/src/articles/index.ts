import { lazy } from 'react';
import ArticleIcon from '@mui/icons-material/Article';

export default {
    list: lazy(() => import('./ArticleList')),
    show: lazy(() => import('./ArticleShow')),
    edit: lazy(() => import('./ArticleEdit')),
    create: lazy(() => import('./ArticleCreate')),
    icon: ArticleIcon,
    recordRepresentation: (record: { regulationCode?: string; number?: string; title?: string }) =>
        `${record.regulationCode ? `${record.regulationCode} ` : ''}art. ${record.number ?? ''} · ${record.title ?? ''}`,
};
