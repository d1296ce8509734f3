import { BooleanInput, DateInput, ReferenceInput, SelectInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { Box } from '@mui/material';
import { categoryChoices, severityChoices } from '../compliance/choices';

export const ArticleForm = () => (
    <SimpleForm>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <ReferenceInput source="regulationId" reference="regulations">
                <SelectInput optionText="code" validate={required()} />
            </ReferenceInput>
            <TextInput source="number" validate={[required(), maxLength(20)]} />
        </Box>
        <TextInput source="title" validate={[required(), maxLength(400)]} fullWidth />
        <TextInput source="text" validate={required()} multiline minRows={4} fullWidth />
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <SelectInput source="category" choices={categoryChoices} validate={required()} />
            <SelectInput source="severity" choices={severityChoices} validate={required()} />
            <DateInput source="inForceFrom" />
            <DateInput source="inForceTo" />
        </Box>
        <BooleanInput source="illustrative" helperText="csa.compliance.illustrative_help" />
    </SimpleForm>
);
