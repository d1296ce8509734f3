import type { ReactElement } from 'react';
import { Menu as RaMenu, useCanAccess, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import AddHomeWorkIcon from '@mui/icons-material/AddHomeWork';
import CalculateIcon from '@mui/icons-material/Calculate';
import DescriptionIcon from '@mui/icons-material/Description';
import SavingsIcon from '@mui/icons-material/Savings';
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

export const COST_ENTRIES: CostEntry[] = [
    { to: '/allocation', label: 'csa.menu.allocation', icon: <CalculateIcon />, needs: ['allocation-runs'] },
    { resource: 'utility-bills', needs: ['utility-bills'] },
    { resource: 'utility-services', needs: ['utility-services'] },
    { resource: 'periods', needs: ['periods'] },
    { resource: 'charges', needs: ['charges'] },
    { resource: 'adjustments', needs: ['adjustments', 'periods'] },
    { resource: 'allocation-runs', needs: ['allocation-runs'] },
    { to: '/statements', label: 'csa.menu.statements', icon: <DescriptionIcon />, needs: ['statements'] },
    { to: '/savings', label: 'csa.menu.savings', icon: <SavingsIcon />, needs: ['savings'] },
];

export const visibleCostEntries = (permissions: PermissionMatrix | undefined | null) =>
    COST_ENTRIES.filter(e => e.needs.every(resource => can(permissions, resource, 'read')));

/**
 * Dashboard, the assignment page (only for roles that may create agreements),
 * the resources the role may list, then the shared-utility costs group.
 */
export const Menu = () => {
    const translate = useTranslate();
    const [open] = useSidebarState();
    const { canAccess: canAssign } = useCanAccess({ resource: 'agreements', action: 'create' });
    const { permissions } = usePermissions<PermissionMatrix>();
    const costs = visibleCostEntries(permissions);
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
            {costs.length > 0 ? <Divider component="li" aria-hidden="true" /> : null}
            {costs.length > 0 && open ? (
                <ListSubheader
                    component="li"
                    role="separator"
                    aria-label={translate('csa.menu.costs')}
                    data-testid="menu-costs"
                    sx={{ lineHeight: '32px', fontWeight: 700, color: 'text.secondary', background: 'transparent' }}
                >
                    {translate('csa.menu.costs')}
                </ListSubheader>
            ) : null}
            {costs.map(entry =>
                'resource' in entry ? (
                    <RaMenu.ResourceItem key={entry.resource} name={entry.resource} data-cost-menu="" />
                ) : (
                    <RaMenu.Item
                        key={entry.to}
                        to={entry.to}
                        primaryText={translate(entry.label)}
                        leftIcon={entry.icon}
                        data-cost-menu=""
                    />
                ),
            )}
        </RaMenu>
    );
};
