import { Edit } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { UtilityServiceForm } from './UtilityServiceForm';

/** The API rejects unknown fields: send only what the form edits. */
const transform = ({ buildingCode: _b, createdAt: _c, updatedAt: _u, ...data }: Record<string, unknown>) => data;

const UtilityServiceEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }} transform={transform}>
            <UtilityServiceForm />
        </Edit>
    );
};

export default UtilityServiceEdit;
