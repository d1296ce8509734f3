import { BooleanInput, DateInput, ReferenceInput, SelectInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { Box } from '@mui/material';
import { regulationKindChoices } from '../compliance/choices';

export const RegulationForm = () => (
    <SimpleForm>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextInput source="code" validate={[required(), maxLength(40)]} />
            <SelectInput source="kind" choices={regulationKindChoices} validate={required()} />
        </Box>
        <TextInput source="title" validate={[required(), maxLength(400)]} fullWidth />
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <DateInput source="publishedOn" />
            <DateInput source="inForceFrom" validate={required()} />
            <DateInput source="inForceTo" />
        </Box>
        <ReferenceInput source="abrogatedById" reference="regulations">
            <SelectInput optionText="code" emptyText="csa.none" />
        </ReferenceInput>
        <BooleanInput source="illustrative" helperText="csa.compliance.illustrative_help" />
        <TextInput source="notes" multiline minRows={2} fullWidth validate={maxLength(4000)} />
    </SimpleForm>
);
