import { lazy } from 'react';
import FeedbackIcon from '@mui/icons-material/Feedback';

export default {
    list: lazy(() => import('./SuggestionList')),
    show: lazy(() => import('./SuggestionShow')),
    edit: lazy(() => import('./SuggestionEdit')),
    icon: FeedbackIcon,
    recordRepresentation: 'folio',
};
