import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { RequireSession } from './layout/RequireSession';
import adjustments from './adjustments';
import agencies from './agencies';
import agreements from './agreements';
import allocationRuns from './allocation-runs';
import articles from './articles';
import auditEvents from './audit-events';
import { authProvider } from './authProvider';
import buildings from './buildings';
import calendarDays from './calendar';
import charges from './charges';
import checklists from './checklists';
import { dataProvider } from './dataProvider';
import findings from './findings';
import queueServices from './queue-services';
import counters from './counters';
import tickets from './tickets';
import { i18nProvider } from './i18n';
import inspections, { InspectionRecord } from './inspections';
import meters from './meters';
import { Layout, Login } from './layout';
import operationDays from './operation-days';
import periods from './periods';
import procedures from './procedures';
import { createQueryClient } from './queryClient';
import regulations from './regulations';
import spaces from './spaces';
import suggestions from './suggestions';
import supervisionPlans from './supervision-plans';
import { theme } from './theme';
import users from './users';
import utilityBills from './utility-bills';
import utilityServices from './utility-services';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));
/** The home page fetches nothing before there is a session: a first visit goes to the login form without a 401. */
const HomePage = () => (
    <RequireSession>
        <Dashboard />
    </RequireSession>
);
const AssignSpacePage = lazy(() => import('./assignment/AssignSpacePage'));
const AllocationPage = lazy(() => import('./allocation/AllocationPage'));
const StatementsPage = lazy(() => import('./statements/StatementsPage'));
const SavingsPage = lazy(() => import('./savings/SavingsPage'));
const CalendarPage = lazy(() => import('./calendar/CalendarPage'));
const IndicatorPage = lazy(() => import('./operations/IndicatorPage'));
const AttendancePage = lazy(() => import('./operations/AttendancePage'));
const SuggestionStatsPage = lazy(() => import('./suggestions/SuggestionStatsPage'));
const CompliancePage = lazy(() => import('./compliance/CompliancePage'));
const ClerkPage = lazy(() => import('./queue/ClerkPage'));
const ReceptionPage = lazy(() => import('./queue/ReceptionPage'));
const QueueReportPage = lazy(() => import('./queue/QueueReportPage'));
const SettingsPage = lazy(() => import('./settings/SettingsPage'));
const ReadingsPage = lazy(() => import('./meter-readings/ReadingsPage'));

/** Custom pages: each checks the session, then its own permission. */
const pages = [
    { path: '/assign', Page: AssignSpacePage },
    { path: '/allocation', Page: AllocationPage },
    { path: '/statements', Page: StatementsPage },
    { path: '/savings', Page: SavingsPage },
    { path: '/calendar', Page: CalendarPage },
    { path: '/operation-indicator', Page: IndicatorPage },
    { path: '/attendance', Page: AttendancePage },
    { path: '/suggestion-stats', Page: SuggestionStatsPage },
    { path: '/compliance', Page: CompliancePage },
    { path: '/ventanilla', Page: ClerkPage },
    { path: '/recepcion', Page: ReceptionPage },
    { path: '/queue-report', Page: QueueReportPage },
    { path: '/settings', Page: SettingsPage },
    { path: '/readings', Page: ReadingsPage },
];

const queryClient = createQueryClient();

export const App = () => (
    <Admin
        title=""
        queryClient={queryClient}
        authProvider={authProvider}
        dataProvider={dataProvider}
        i18nProvider={i18nProvider}
        layout={Layout}
        loginPage={Login}
        dashboard={HomePage}
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
        <Resource name="utility-services" {...utilityServices} />
        <Resource name="utility-bills" {...utilityBills} />
        <Resource name="meters" {...meters} />
        <Resource name="charges" {...charges} />
        <Resource name="periods" {...periods} />
        <Resource name="adjustments" {...adjustments} />
        <Resource name="allocation-runs" {...allocationRuns} />
        <Resource name="calendar-days" {...calendarDays} />
        <Resource name="procedures" {...procedures} />
        <Resource name="operation-days" {...operationDays} />
        <Resource name="suggestions" {...suggestions} />
        <Resource name="regulations" {...regulations} />
        <Resource name="articles" {...articles} />
        <Resource name="checklists" {...checklists} />
        <Resource name="supervision-plans" {...supervisionPlans} />
        <Resource name="inspections" {...inspections}>
            <Route
                path=":id/record"
                element={
                    <RequireSession>
                        <InspectionRecord />
                    </RequireSession>
                }
            />
        </Resource>
        <Resource name="findings" {...findings} />
        <Resource name="queue-services" {...queueServices} />
        <Resource name="counters" {...counters} />
        <Resource name="tickets" {...tickets} />
        <CustomRoutes>
            {pages.map(({ path, Page }) => (
                <Route
                    key={path}
                    path={path}
                    element={
                        <RequireSession>
                            <Page />
                        </RequireSession>
                    }
                />
            ))}
        </CustomRoutes>
    </Admin>
);

export default App;
