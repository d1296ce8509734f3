import { Create } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { UtilityBillForm } from './UtilityBillForm';

const UtilityBillCreate = () => {
    const onError = useFormErrorHandler();
    return (
        <Create redirect="list" mutationOptions={{ onError }}>
            <UtilityBillForm />
        </Create>
    );
};

export default UtilityBillCreate;
