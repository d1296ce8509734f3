import { Edit, useRecordContext } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import type { Agreement } from '../common/types';
import { AgreementForm } from './AgreementForm';

const Title = () => {
    const record = useRecordContext<Agreement>();
    return <span>{record?.folio ?? ''}</span>;
};

const AgreementEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit title={<Title />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
            <AgreementForm />
        </Edit>
    );
};

export default AgreementEdit;
