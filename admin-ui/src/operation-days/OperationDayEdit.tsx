import { Edit } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { OperationDayForm, transformDay } from './OperationDayForm';

/** PUT replaces the whole day, counts included. */
const OperationDayEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit mutationMode="pessimistic" redirect="show" transform={transformDay} mutationOptions={{ onError }}>
            <OperationDayForm edit />
        </Edit>
    );
};

export default OperationDayEdit;
