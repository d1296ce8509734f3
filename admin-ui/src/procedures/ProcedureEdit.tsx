import { Edit } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { ProcedureForm } from './ProcedureForm';

const ProcedureEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
            <ProcedureForm />
        </Edit>
    );
};

export default ProcedureEdit;
