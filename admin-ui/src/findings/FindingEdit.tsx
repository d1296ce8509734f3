import { DateInput, Edit, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';

/** Supervisors adjust the corrective action and its deadline. */
const FindingEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit
            redirect="show"
            mutationMode="pessimistic"
            mutationOptions={{ onError }}
            transform={(d: Record<string, unknown>) => ({ correctiveAction: d.correctiveAction, dueOn: d.dueOn })}
        >
            <SimpleForm>
                <TextInput source="folio" disabled />
                <TextInput source="correctiveAction" multiline minRows={3} fullWidth validate={[required(), maxLength(4000)]} />
                <DateInput source="dueOn" validate={required()} />
            </SimpleForm>
        </Edit>
    );
};

export default FindingEdit;
