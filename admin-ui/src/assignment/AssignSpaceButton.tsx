import { Button, useCanAccess, useTranslate, type Identifier } from 'react-admin';
import { Link } from 'react-router-dom';
import AddHomeWorkIcon from '@mui/icons-material/AddHomeWork';

/** Opens the assignment page for a building; hidden for roles that may not create agreements. */
export const AssignSpaceButton = ({ buildingId }: { buildingId?: Identifier }) => {
    const translate = useTranslate();
    const { canAccess, isPending } = useCanAccess({ resource: 'agreements', action: 'create' });
    if (isPending || !canAccess) return null;
    const to = buildingId ? `/assign?buildingId=${encodeURIComponent(String(buildingId))}` : '/assign';
    return (
        <Button component={Link} to={to} label={translate('csa.assign.button')} variant="contained">
            <AddHomeWorkIcon />
        </Button>
    );
};
