import { Edit } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { scopeByRole } from './UserCreate';
import { UserForm } from './UserForm';

const UserEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit mutationMode="pessimistic" redirect="show" transform={scopeByRole} mutationOptions={{ onError }}>
            <UserForm />
        </Edit>
    );
};

export default UserEdit;
