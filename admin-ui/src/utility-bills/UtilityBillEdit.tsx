import { Edit } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { UtilityBillForm } from './UtilityBillForm';

const UtilityBillEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
            <UtilityBillForm />
        </Edit>
    );
};

export default UtilityBillEdit;
