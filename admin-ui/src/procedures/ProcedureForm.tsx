import { BooleanInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { AgencyInput } from '../common/AgencyInput';

export const ProcedureForm = () => (
    <SimpleForm defaultValues={{ active: true }}>
        <AgencyInput source="agencyId" validate={required()} sx={{ minWidth: 380 }} />
        <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="description" multiline minRows={2} fullWidth validate={maxLength(4000)} />
        <TextInput source="requirements" multiline minRows={2} fullWidth validate={maxLength(4000)} />
        <TextInput source="keywords" fullWidth validate={maxLength(500)} helperText="csa.procedure.keywords_help" />
        <BooleanInput source="active" />
    </SimpleForm>
);
