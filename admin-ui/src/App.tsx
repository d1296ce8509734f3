import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { RequireSession } from './layout/RequireSession';
import agencies from './agencies';
import agreements from './agreements';
import auditEvents from './audit-events';
import { authProvider } from './authProvider';
import buildings from './buildings';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout, Login } from './layout';
import spaces from './spaces';
import { theme } from './theme';
import users from './users';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));
const AssignSpacePage = lazy(() => import('./assignment/AssignSpacePage'));

export const App = () => (
    <Admin
        title=""
        authProvider={authProvider}
        dataProvider={dataProvider}
        i18nProvider={i18nProvider}
        layout={Layout}
        loginPage={Login}
        dashboard={Dashboard}
        theme={theme}
        disableTelemetry
        // Not `requireAuth`: with react-router 7 it loops between logout and /login for
        // seconds when a logged-out user opens a protected URL (react-admin issue #10885).
        // Every page checks authentication itself (resources, dashboard, <RequireSession>).
    >
        <Resource name="buildings" {...buildings} />
        <Resource name="spaces" {...spaces} />
        <Resource name="agreements" {...agreements} />
        <Resource name="agencies" {...agencies} />
        <Resource name="users" {...users} />
        <Resource name="audit-events" {...auditEvents} />
        <CustomRoutes>
            <Route
                path="/assign"
                element={
                    <RequireSession>
                        <AssignSpacePage />
                    </RequireSession>
                }
            />
        </CustomRoutes>
    </Admin>
);

export default App;
