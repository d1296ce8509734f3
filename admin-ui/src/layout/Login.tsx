import { Login as RaLogin, LoginForm, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { palette } from '../theme';

const Heading = () => {
    const translate = useTranslate();
    return (
        <Box sx={{ textAlign: 'center', px: 2, pb: 1 }}>
            <Typography variant="h6" component="h1" sx={{ color: palette.guindaDark }}>
                {translate('csa.app_title')}
            </Typography>
            <Typography variant="body2" component="p" color="text.secondary">
                {translate('csa.app_subtitle')}
            </Typography>
            <Typography variant="body2" component="p" color="text.secondary">
                {translate('csa.auth.welcome')}
            </Typography>
        </Box>
    );
};

export const Login = () => (
    <RaLogin
        avatarIcon={<AccountBalanceIcon />}
        sx={{
            background: `linear-gradient(160deg, ${palette.guindaDark} 0%, ${palette.guinda} 55%, ${palette.ocre} 100%)`,
        }}
    >
        <Box component="main">
            <Heading />
            <LoginForm />
        </Box>
    </RaLogin>
);
