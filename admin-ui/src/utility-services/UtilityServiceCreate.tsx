import { Create } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { UtilityServiceForm } from './UtilityServiceForm';

const UtilityServiceCreate = () => {
    const onError = useFormErrorHandler();
    return (
        <Create
            redirect="show"
            record={{ active: true, basis: 'area', kind: 'electricity', exemptions: [], fixedShares: [] }}
            mutationOptions={{ onError }}
        >
            <UtilityServiceForm />
        </Create>
    );
};

export default UtilityServiceCreate;
