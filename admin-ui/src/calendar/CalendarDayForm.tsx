import { DateInput, SelectInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { Box } from '@mui/material';
import { declaredKindChoices } from '../operations/choices';

export const CalendarDayForm = () => (
    <SimpleForm>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <DateInput source="date" validate={required()} />
            <SelectInput source="kind" choices={declaredKindChoices} validate={required()} helperText="csa.calendar.kind_help" />
        </Box>
        <TextInput source="name" validate={[required(), maxLength(150)]} sx={{ minWidth: 380 }} />
        <TextInput source="notes" multiline minRows={2} fullWidth validate={maxLength(2000)} />
    </SimpleForm>
);
