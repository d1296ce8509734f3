import { Create } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { addToDate, todayInMexico } from '../common/format';
import { AgreementForm } from './AgreementForm';

const AgreementCreate = () => {
    const onError = useFormErrorHandler();
    const today = todayInMexico();
    return (
        <Create
            redirect="show"
            mutationOptions={{ onError }}
            record={{
                kind: 'comodato',
                activate: true,
                startDate: today,
                endDate: addToDate(today, { years: 1, days: -1 }),
            }}
            transform={(data: Record<string, unknown>) =>
                data.kind === 'lease' ? data : { ...data, monthlyRent: undefined }
            }
        >
            <AgreementForm isCreate />
        </Create>
    );
};

export default AgreementCreate;
