import { Create } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { AgencyForm } from './AgencyForm';

const AgencyCreate = () => {
    const onError = useFormErrorHandler();
    return (
        <Create redirect="show" record={{ active: true, level: 'state' }} mutationOptions={{ onError }}>
            <AgencyForm />
        </Create>
    );
};

export default AgencyCreate;
