import { Edit } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { AgencyForm } from './AgencyForm';

const AgencyEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
            <AgencyForm />
        </Edit>
    );
};

export default AgencyEdit;
