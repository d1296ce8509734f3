import { lazy, Suspense } from 'react';
import { CircularProgress, CssBaseline } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { publicTheme } from '../public/publicTheme';

const PanelPage = lazy(() => import('./PanelPage'));
const KioskPage = lazy(() => import('./KioskPage'));
const TicketPage = lazy(() => import('./TicketPage'));

export const isTurnosPath = (pathname: string) => /^\/turnos\/(panel|kiosco|t)\/[^/]+\/?$/.test(pathname);

/** The waiting room's panel, the kiosk and the citizen's page: React and MUI only, no react-admin. */
const TurnosApp = ({ pathname = window.location.pathname }: { pathname?: string }) => {
    const [, , kind, raw] = pathname.split('/');
    const key = decodeURIComponent(raw ?? '');
    return (
        <ThemeProvider theme={publicTheme}>
            <CssBaseline />
            <Suspense fallback={<CircularProgress aria-label="Cargando" sx={{ m: 4 }} />}>
                {kind === 'panel' ? <PanelPage buildingCode={key} /> : kind === 'kiosco' ? <KioskPage buildingCode={key} /> : <TicketPage token={key} />}
            </Suspense>
        </ThemeProvider>
    );
};

export default TurnosApp;
