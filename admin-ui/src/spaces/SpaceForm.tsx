import {
    AutocompleteInput,
    BooleanInput,
    NumberInput,
    ReferenceInput,
    SelectInput,
    SimpleForm,
    TextInput,
    maxLength,
    minValue,
    regex,
    required,
} from 'react-admin';
import { Box } from '@mui/material';
import { spaceConditionChoices, spaceTypeChoices } from '../common/choices';

const positive = (value: unknown) =>
    value !== null && value !== undefined && Number(value) <= 0 ? 'ra.validation.minValue' : undefined;

export const SpaceForm = () => (
    <SimpleForm>
        <ReferenceInput source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }}>
            <AutocompleteInput
                optionText={(b: { code: string; name: string }) => `${b.code} · ${b.name}`}
                filterToQuery={q => ({ q })}
                validate={required()}
                sx={{ minWidth: 360 }}
            />
        </ReferenceInput>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextInput source="code" validate={[required(), maxLength(20), regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)]} />
            <TextInput source="name" validate={maxLength(200)} />
        </Box>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <NumberInput source="floor" step={1} validate={required()} />
            <SelectInput source="type" choices={spaceTypeChoices} validate={required()} />
            <SelectInput source="condition" choices={spaceConditionChoices} validate={required()} />
        </Box>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <NumberInput source="usableAreaM2" min={0.01} step={0.01} validate={[required(), positive]} />
            <NumberInput source="workstations" min={0} step={1} validate={minValue(0)} />
        </Box>
        <BooleanInput source="active" />
        <TextInput source="notes" multiline minRows={2} fullWidth validate={maxLength(4000)} />
    </SimpleForm>
);
