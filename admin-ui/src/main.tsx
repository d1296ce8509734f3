import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (!container) throw new Error('No se encontró el elemento raíz de la aplicación.');

// The citizens' pages (/directorio, /buzon, /turnos/…) load only React and MUI, never react-admin.
const path = window.location.pathname;
const Root = /^\/turnos\//.test(path)
    ? lazy(() => import('./turnos/TurnosApp'))
    : /^\/(directorio|buzon)(\/|$)/.test(path)
      ? lazy(() => import('./public/PublicApp'))
      : lazy(() => import('./App'));

createRoot(container).render(
    <StrictMode>
        <Suspense
            fallback={
                <div className="loader-container" role="status">
                    Cargando…
                </div>
            }
        >
            <Root />
        </Suspense>
    </StrictMode>,
);
