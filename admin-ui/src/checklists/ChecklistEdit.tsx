import { Edit } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { ChecklistForm, checklistTransform } from './ChecklistForm';

const ChecklistEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit redirect="show" mutationMode="pessimistic" transform={checklistTransform} mutationOptions={{ onError }}>
            <ChecklistForm />
        </Edit>
    );
};

export default ChecklistEdit;
