import { Edit } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { InspectionForm, inspectionTransform } from './InspectionForm';

const InspectionEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit redirect="show" mutationMode="pessimistic" transform={inspectionTransform} mutationOptions={{ onError }}>
            <InspectionForm edit />
        </Edit>
    );
};

export default InspectionEdit;
