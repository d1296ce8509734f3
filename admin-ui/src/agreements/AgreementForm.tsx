import {
    AutocompleteArrayInput,
    AutocompleteInput,
    DateInput,
    ReferenceArrayInput,
    ReferenceInput,
    SimpleForm,
    required,
    type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box } from '@mui/material';
import { ActivateNowInput, AssignmentTerms } from '../assignment/AssignmentTerms';

const endAfterStart: Validator = (value, values) =>
    value && values.startDate && value < values.startDate ? 'csa.agreement.end_after_start' : undefined;

const SpacesInput = () => {
    const buildingId = useWatch({ name: 'buildingId' });
    return (
        <ReferenceArrayInput
            source="spaceIds"
            reference="spaces"
            filter={buildingId ? { buildingId, active: true } : { active: true }}
            sort={{ field: 'code', order: 'ASC' }}
            perPage={200}
        >
            <AutocompleteArrayInput
                optionText="code"
                filterToQuery={q => ({ q })}
                validate={required()}
                disabled={!buildingId}
                sx={{ minWidth: 360 }}
            />
        </ReferenceArrayInput>
    );
};

export const AgreementForm = ({ isCreate = false }: { isCreate?: boolean }) => (
    <SimpleForm>
        <ReferenceInput source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }}>
            <AutocompleteInput
                optionText={(b: { code: string; name: string }) => `${b.code} · ${b.name}`}
                filterToQuery={q => ({ q })}
                validate={required()}
                sx={{ minWidth: 360 }}
            />
        </ReferenceInput>
        <SpacesInput />
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <DateInput source="startDate" validate={required()} />
            <DateInput source="endDate" validate={[required(), endAfterStart]} />
        </Box>
        <AssignmentTerms />
        {isCreate ? <ActivateNowInput /> : <DateInput source="termsFrom" helperText="csa.agreement.terms_from_help" />}
    </SimpleForm>
);
