import type { ReactElement } from 'react';
import { Menu as RaMenu, useCanAccess, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import AddHomeWorkIcon from '@mui/icons-material/AddHomeWork';
import CalculateIcon from '@mui/icons-material/Calculate';
import BarChartIcon from '@mui/icons-material/BarChart';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import SpeedIcon from '@mui/icons-material/Speed';
import DescriptionIcon from '@mui/icons-material/Description';
import InsightsIcon from '@mui/icons-material/Insights';
import SavingsIcon from '@mui/icons-material/Savings';
import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import TimelineIcon from '@mui/icons-material/Timeline';
import TuneIcon from '@mui/icons-material/Tune';
import ElectricMeterIcon from '@mui/icons-material/ElectricMeter';
import { Divider, ListSubheader } from '@mui/material';
import { can } from '../authProvider';
import type { PermissionMatrix } from '../common/types';

/** The catalogue and administration resources, in menu order. */
const MAIN_RESOURCES = ['buildings', 'spaces', 'agreements', 'agencies', 'users', 'audit-events'];

/**
 * "Costos compartidos": each entry is shown when the role's permission matrix
 * (from the API) lets it read every resource listed in `needs`.
 * Adjustments also need `periods`: a liaison reads its adjustments in its statements.
 */
type CostEntry =
    | { resource: string; needs: string[] }
    | { to: string; label: string; icon: ReactElement; needs: string[] };

const visibleEntries = (entries: CostEntry[], permissions: PermissionMatrix | undefined | null) =>
    entries.filter(e => e.needs.every(resource => can(permissions, resource, 'read')));

export const COST_ENTRIES: CostEntry[] = [
    { to: '/allocation', label: 'csa.menu.allocation', icon: <CalculateIcon />, needs: ['allocation-runs'] },
    { resource: 'utility-bills', needs: ['utility-bills'] },
    { resource: 'utility-services', needs: ['utility-services'] },
    { resource: 'meters', needs: ['meters'] },
    { to: '/readings', label: 'csa.readings.title', icon: <ElectricMeterIcon />, needs: ['meter-readings', 'meters'] },
    { resource: 'periods', needs: ['periods'] },
    { resource: 'charges', needs: ['charges'] },
    { resource: 'adjustments', needs: ['adjustments', 'periods'] },
    { resource: 'allocation-runs', needs: ['allocation-runs'] },
    { to: '/statements', label: 'csa.menu.statements', icon: <DescriptionIcon />, needs: ['statements'] },
    { to: '/savings', label: 'csa.menu.savings', icon: <SavingsIcon />, needs: ['savings'] },
];

export const visibleCostEntries = (permissions: PermissionMatrix | undefined | null) =>
    visibleEntries(COST_ENTRIES, permissions);

/** "Operación": the same rule, on the matrix entries calendar, operations, agencies and suggestions. */
export const OPERATION_ENTRIES: CostEntry[] = [
    { to: '/operation-indicator', label: 'csa.ops_menu.indicator', icon: <SpeedIcon />, needs: ['operations'] },
    { to: '/attendance', label: 'csa.ops_menu.attendance', icon: <BarChartIcon />, needs: ['operations'] },
    { resource: 'operation-days', needs: ['operations'] },
    { to: '/calendar', label: 'csa.ops_menu.calendar', icon: <CalendarMonthIcon />, needs: ['calendar'] },
    { resource: 'procedures', needs: ['agencies'] },
    { resource: 'suggestions', needs: ['suggestions'] },
    { to: '/suggestion-stats', label: 'csa.ops_menu.suggestion_stats', icon: <QueryStatsIcon />, needs: ['suggestions'] },
];

export const visibleOperationEntries = (permissions: PermissionMatrix | undefined | null) =>
    visibleEntries(OPERATION_ENTRIES, permissions);

/** "Supervisión y cumplimiento", driven by the same matrix. */
export const COMPLIANCE_ENTRIES: CostEntry[] = [
    { to: '/compliance', label: 'csa.compliance.menu_scorecards', icon: <InsightsIcon />, needs: ['compliance'] },
    { resource: 'supervision-plans', needs: ['supervision-plans'] },
    { resource: 'inspections', needs: ['inspections'] },
    { resource: 'findings', needs: ['findings'] },
    { resource: 'checklists', needs: ['checklists'] },
    { resource: 'regulations', needs: ['regulations'] },
    { resource: 'articles', needs: ['articles'] },
];

export const visibleComplianceEntries = (permissions: PermissionMatrix | undefined | null) =>
    visibleEntries(COMPLIANCE_ENTRIES, permissions);

/** "Turnos": the clerk's counter, the reception, the lines' resources and their metrics. */
export const QUEUE_ENTRIES: CostEntry[] = [
    { to: '/ventanilla', label: 'csa.queue.clerk', icon: <PointOfSaleIcon />, needs: ['counters', 'tickets'] },
    { to: '/recepcion', label: 'csa.queue.reception', icon: <SupportAgentIcon />, needs: ['queue-reports', 'tickets'] },
    { resource: 'tickets', needs: ['tickets'] },
    { resource: 'queue-services', needs: ['queue-services', 'counters'] },
    { resource: 'counters', needs: ['counters'] },
    { to: '/queue-report', label: 'csa.queue.report', icon: <TimelineIcon />, needs: ['queue-reports'] },
];

/** One titled group of entries (the title only while the sidebar is open); nothing when empty. */
const MenuGroup = ({ title, testId, marker, entries }: { title: string; testId: string; marker: string; entries: CostEntry[] }) => {
    const translate = useTranslate();
    const [open] = useSidebarState();
    if (entries.length === 0) return null;
    const mark = { [marker]: '' };
    return (
        <>
            <Divider component="li" aria-hidden="true" />
            {open ? (
                <ListSubheader
                    component="li"
                    role="separator"
                    aria-label={translate(title)}
                    data-testid={testId}
                    sx={{ lineHeight: '32px', fontWeight: 700, color: 'text.secondary', background: 'transparent' }}
                >
                    {translate(title)}
                </ListSubheader>
            ) : null}
            {entries.map(entry =>
                'resource' in entry ? (
                    <RaMenu.ResourceItem key={entry.resource} name={entry.resource} {...mark} />
                ) : (
                    <RaMenu.Item key={entry.to} to={entry.to} primaryText={translate(entry.label)} leftIcon={entry.icon} {...mark} />
                ),
            )}
        </>
    );
};

/**
 * Dashboard, the assignment page (only for roles that may create agreements),
 * the resources the role may list, then the shared-utility costs group.
 */
export const Menu = () => {
    const translate = useTranslate();
    const { canAccess: canAssign } = useCanAccess({ resource: 'agreements', action: 'create' });
    const { permissions } = usePermissions<PermissionMatrix>();
    const costs = visibleCostEntries(permissions);
    const operation = visibleOperationEntries(permissions);
    const compliance = visibleComplianceEntries(permissions);
    const queue = visibleEntries(QUEUE_ENTRIES, permissions);
    return (
        <RaMenu>
            <RaMenu.DashboardItem primaryText={translate('csa.menu.dashboard')} />
            {canAssign ? (
                <RaMenu.Item
                    to="/assign"
                    primaryText={translate('csa.menu.assign')}
                    leftIcon={<AddHomeWorkIcon />}
                />
            ) : null}
            <Divider component="li" aria-hidden="true" />
            {MAIN_RESOURCES.map(name => (
                <RaMenu.ResourceItem key={name} name={name} />
            ))}
            {can(permissions, 'settings', 'update') ? (
                <RaMenu.Item to="/settings" primaryText={translate('csa.settings.title')} leftIcon={<TuneIcon />} />
            ) : null}
            <MenuGroup title="csa.menu.costs" testId="menu-costs" marker="data-cost-menu" entries={costs} />
            <MenuGroup title="csa.compliance.menu_group" testId="menu-compliance" marker="data-compliance-menu" entries={compliance} />
            <MenuGroup title="csa.ops_menu.title" testId="menu-operation" marker="data-operation-menu" entries={operation} />
            <MenuGroup title="csa.queue.menu" testId="menu-queue" marker="data-queue-menu" entries={queue} />
        </RaMenu>
    );
};
