import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';

export const AppBar = () => {
    const translate = useTranslate();
    return (
        <RaAppBar color="secondary">
            <TitlePortal />
            <Box
                sx={{ display: { xs: 'none', md: 'flex' }, flexDirection: 'column', alignItems: 'flex-end', mr: 1 }}
            >
                <Typography variant="subtitle2" component="span" sx={{ lineHeight: 1.2, fontWeight: 600 }}>
                    {translate('csa.app_title')}
                </Typography>
                <Typography variant="caption" component="span" sx={{ lineHeight: 1.2, color: '#F3E6D2' }}>
                    {translate('csa.app_subtitle')}
                </Typography>
            </Box>
        </RaAppBar>
    );
};
