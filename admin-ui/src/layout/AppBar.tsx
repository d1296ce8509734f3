import { AppBar as RaAppBar, TitlePortal, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';

/**
 * react-admin's user menu, whose button shows the user's name: its accessible
 * name starts with that name (WCAG 2.5.3), e.g. "Ana Pérez, menú de perfil".
 */
export const AppUserMenu = () => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    const label = identity?.fullName ? translate('csa.user_menu', { name: identity.fullName }) : undefined;
    return <UserMenu label={label} />;
};

export const AppBar = () => {
    const translate = useTranslate();
    return (
        <RaAppBar color="secondary" userMenu={<AppUserMenu />}>
            {/* The page title is the page's main heading. */}
            <TitlePortal component="h1" />
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
