import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What a page says to a role that may not use it (the menu does not offer it either). */
export const AccessDenied = () => {
    const translate = useTranslate();
    return (
        <Alert severity="warning" sx={{ mt: 2 }}>
            {translate('ra.message.access_denied')}
        </Alert>
    );
};
