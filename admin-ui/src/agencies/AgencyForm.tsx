import {
    BooleanInput,
    NumberInput,
    SelectInput,
    SimpleForm,
    TextInput,
    email,
    maxLength,
    minValue,
    regex,
    required,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box } from '@mui/material';
import { levelChoices } from '../common/choices';
import { AgencyInput } from '../common/AgencyInput';

const RfcInput = () => {
    const level = useWatch({ name: 'level' });
    return (
        <TextInput
            source="rfc"
            validate={[
                regex(/^[A-ZÑ&a-zñ]{3,4}\d{6}[A-Za-z0-9]{3}$/, 'csa.validation.rfc'),
                ...(level === 'private' ? [required()] : []),
            ]}
        />
    );
};

export const AgencyForm = () => (
    <SimpleForm>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
            <TextInput source="name" validate={[required(), maxLength(200)]} sx={{ flex: 1, minWidth: 300 }} />
            <TextInput source="acronym" validate={[required(), maxLength(30)]} />
        </Box>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <SelectInput source="level" choices={levelChoices} validate={required()} />
            <AgencyInput source="parentId" sx={{ minWidth: 300 }} />
            <RfcInput />
        </Box>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextInput source="liaisonName" validate={maxLength(200)} />
            <TextInput source="liaisonEmail" type="email" validate={[email(), maxLength(200)]} />
            <TextInput source="liaisonPhone" validate={maxLength(40)} />
        </Box>
        <NumberInput source="maxM2PerPerson" min={0} step={0.1} validate={minValue(0)} />
        <BooleanInput source="active" />
        <TextInput source="notes" multiline minRows={2} fullWidth validate={maxLength(4000)} />
    </SimpleForm>
);
