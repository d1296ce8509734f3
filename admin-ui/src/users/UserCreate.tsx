import { Create } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { AGENCY_ROLES, BUILDING_ROLES, UserForm } from './UserForm';

/** Only the fields of the chosen role's scope are sent. */
export const scopeByRole = (data: Record<string, unknown>) => {
    const out = { ...data };
    if (!AGENCY_ROLES.includes(String(out.role))) out.agencyId = null;
    if (!BUILDING_ROLES.includes(String(out.role))) out.buildingIds = [];
    if (!out.password) delete out.password;
    return out;
};

const UserCreate = () => {
    const onError = useFormErrorHandler();
    return (
        <Create redirect="show" record={{ active: true, role: 'building_admin' }} transform={scopeByRole} mutationOptions={{ onError }}>
            <UserForm isCreate />
        </Create>
    );
};

export default UserCreate;
