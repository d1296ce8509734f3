import { Create } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { OperationDayForm, transformDay } from './OperationDayForm';

const OperationDayCreate = () => {
    const onError = useFormErrorHandler();
    return (
        <Create redirect="show" transform={transformDay} mutationOptions={{ onError }}>
            <OperationDayForm />
        </Create>
    );
};

export default OperationDayCreate;
