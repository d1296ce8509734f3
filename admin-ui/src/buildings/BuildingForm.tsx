import {
    BooleanInput,
    DateInput,
    NumberInput,
    SimpleForm,
    TextInput,
    maxLength,
    minValue,
    maxValue,
    regex,
    required,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const validateCode = [required(), maxLength(20), regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)];
const time = regex(/^([01]\d|2[0-3]):[0-5]\d$/);

const Section = ({ label }: { label: string }) => {
    const translate = useTranslate();
    return (
        <Typography variant="subtitle1" component="h2" sx={{ mt: 2, fontWeight: 600 }}>
            {translate(label)}
        </Typography>
    );
};

export const BuildingForm = () => (
    <SimpleForm>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
            <TextInput source="code" validate={validateCode} sx={{ maxWidth: 200 }} />
            <TextInput source="name" validate={[required(), maxLength(200)]} sx={{ flex: 1, minWidth: 260 }} />
        </Box>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
            <TextInput source="municipality" validate={[required(), maxLength(120)]} />
            <TextInput source="region" validate={maxLength(120)} />
            <TextInput source="phone" validate={maxLength(40)} />
        </Box>
        <TextInput source="address" validate={maxLength(300)} fullWidth />
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
            <DateInput source="openedOn" />
            <TextInput source="opensAt" type="time" validate={time} slotProps={{ inputLabel: { shrink: true } }} />
            <TextInput source="closesAt" type="time" validate={time} slotProps={{ inputLabel: { shrink: true } }} />
            <TextInput source="operatingDays" validate={maxLength(80)} />
        </Box>
        <Section label="resources.buildings.fields.rentableAreaM2" />
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
            <NumberInput source="grossAreaM2" min={0} validate={minValue(0)} />
            <NumberInput source="commonAreaM2" min={0} validate={minValue(0)} />
            <NumberInput source="ruRatio" min={1} max={5} step={0.01} validate={[minValue(1), maxValue(5)]} />
        </Box>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
            <NumberInput source="latitude" step={0.000001} validate={[minValue(-90), maxValue(90)]} />
            <NumberInput source="longitude" step={0.000001} validate={[minValue(-180), maxValue(180)]} />
        </Box>
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
            <BooleanInput source="modernized" />
            <BooleanInput source="active" />
        </Box>
        <TextInput source="notes" multiline minRows={2} fullWidth validate={maxLength(4000)} />
    </SimpleForm>
);
