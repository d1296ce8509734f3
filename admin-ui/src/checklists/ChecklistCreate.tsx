import { Create } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { ChecklistForm, checklistTransform } from './ChecklistForm';

const ChecklistCreate = () => {
    const onError = useFormErrorHandler();
    return (
        <Create redirect="show" record={{ active: true, items: [] }} transform={checklistTransform} mutationOptions={{ onError }}>
            <ChecklistForm />
        </Create>
    );
};

export default ChecklistCreate;
