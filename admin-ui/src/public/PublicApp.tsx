import { lazy, Suspense, useEffect } from 'react';
import { AppBar, Box, CircularProgress, Container, CssBaseline, Link, Toolbar, Typography } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { t } from './messages';
import { publicTheme } from './publicTheme';

const DirectoryPage = lazy(() => import('./DirectoryPage'));
const SuggestionBoxPage = lazy(() => import('./SuggestionBoxPage'));

export const isPublicPath = (pathname: string) => /^\/(directorio|buzon)(\/|$)/.test(pathname);

/**
 * The citizens' pages, at real paths (/directorio, /buzon): React and MUI only, no react-admin,
 * no login, no cookies, nothing kept in the browser.
 */
export const PublicApp = ({ pathname = window.location.pathname }: { pathname?: string }) => {
    const page = pathname.startsWith('/buzon') ? 'buzon' : 'directorio';
    const title = t(page === 'buzon' ? 'csa.public.box.title' : 'csa.public.directory.title');
    useEffect(() => {
        document.title = `${title} · ${t('csa.public.site')}`;
    }, [title]);
    const nav = [
        { href: '/directorio', label: t('csa.public.nav.directory'), current: page === 'directorio' },
        { href: '/buzon', label: t('csa.public.nav.box'), current: page === 'buzon' },
    ];
    return (
        <ThemeProvider theme={publicTheme}>
            <CssBaseline />
            <Link
                href="#contenido"
                sx={{
                    position: 'absolute',
                    left: 8,
                    top: -48,
                    zIndex: 2000,
                    p: 1,
                    bgcolor: 'background.paper',
                    '&:focus': { top: 8 },
                }}
            >
                {t('csa.public.skip')}
            </Link>
            <AppBar position="static" component="header" elevation={0}>
                <Toolbar sx={{ flexWrap: 'wrap', gap: 1, py: 1 }}>
                    <Typography component="p" variant="h6" sx={{ flexGrow: 1, fontWeight: 700, lineHeight: 1.2 }}>
                        {t('csa.public.site')}
                    </Typography>
                    <Box component="nav" aria-label={t('csa.public.nav.label')} sx={{ display: 'flex', gap: 2 }}>
                        {nav.map(n => (
                            <Link
                                key={n.href}
                                href={n.href}
                                color="inherit"
                                aria-current={n.current ? 'page' : undefined}
                                sx={{ fontWeight: n.current ? 700 : 400, textUnderlineOffset: 4 }}
                            >
                                {n.label}
                            </Link>
                        ))}
                    </Box>
                </Toolbar>
            </AppBar>
            <Container component="main" id="contenido" tabIndex={-1} maxWidth="lg" sx={{ py: 3, outline: 'none' }}>
                <Suspense fallback={<CircularProgress aria-label={t('csa.public.loading')} />}>
                    {page === 'buzon' ? <SuggestionBoxPage /> : <DirectoryPage />}
                </Suspense>
            </Container>
            <Box component="footer" sx={{ borderTop: 1, borderColor: 'divider', py: 2, px: 2, textAlign: 'center' }}>
                <Typography variant="body2" color="text.secondary">
                    {t('csa.public.footer')}
                </Typography>
            </Box>
        </ThemeProvider>
    );
};

export default PublicApp;
