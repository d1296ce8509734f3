import { Create, useGetIdentity } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { useFormErrorHandler } from '../common/errors';
import { todayInMexico } from '../common/format';
import { InspectionForm, inspectionTransform } from './InspectionForm';

const InspectionCreate = () => {
    const onError = useFormErrorHandler();
    const { identity } = useGetIdentity();
    const location = useLocation();
    const preset = (location.state as { record?: Record<string, unknown> } | null)?.record ?? {};
    return (
        <Create
            redirect="show"
            record={{ type: 'scheduled', plannedOn: todayInMexico(), spaceIds: [], ...preset }}
            transform={(data: Record<string, unknown>) => ({
                // An inspector who plans an inspection performs it, unless an administrator chose someone.
                ...(identity?.role === 'inspector' && !data.inspectorId ? { inspectorId: identity.id } : {}),
                ...inspectionTransform(data),
            })}
            mutationOptions={{ onError }}
        >
            <InspectionForm />
        </Create>
    );
};

export default InspectionCreate;
