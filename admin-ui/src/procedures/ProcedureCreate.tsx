import { Create } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { ProcedureForm } from './ProcedureForm';

const ProcedureCreate = () => {
    const onError = useFormErrorHandler();
    return (
        <Create redirect="show" mutationOptions={{ onError }}>
            <ProcedureForm />
        </Create>
    );
};

export default ProcedureCreate;
