import { Create } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { UserForm } from './UserForm';

/** Only the fields of the chosen role's scope are sent. */
export const scopeByRole = (data: Record<string, unknown>) => {
    const out = { ...data };
    if (out.role !== 'agency_liaison') out.agencyId = null;
    if (out.role !== 'building_admin') out.buildingIds = [];
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
