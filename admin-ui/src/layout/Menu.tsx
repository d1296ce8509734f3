import { Menu as RaMenu, useCanAccess, useTranslate } from 'react-admin';
import AddHomeWorkIcon from '@mui/icons-material/AddHomeWork';
import { Divider } from '@mui/material';

/**
 * Dashboard, the assignment page (only for roles that may create agreements),
 * then the resources: ResourceItems hides those the role may not list.
 */
export const Menu = () => {
    const translate = useTranslate();
    const { canAccess: canAssign } = useCanAccess({ resource: 'agreements', action: 'create' });
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
            <RaMenu.ResourceItems />
        </RaMenu>
    );
};
