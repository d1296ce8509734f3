import {
    AutocompleteInput,
    BooleanInput,
    NumberInput,
    RadioButtonGroupInput,
    ReferenceInput,
    TextInput,
    maxLength,
    minValue,
    required,
    useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box, Typography } from '@mui/material';
import { kindChoices } from '../common/choices';

const rentRequired = (value: unknown, values: { kind?: string }) =>
    values.kind === 'lease' && (value === null || value === undefined || value === '')
        ? 'csa.agreement.rent_required'
        : undefined;

/** Agency and terms of a new agreement (used in the assignment page and in AgreementCreate). */
export const AssignmentTerms = () => {
    const translate = useTranslate();
    const kind = useWatch({ name: 'kind' });
    return (
        <Box sx={{ width: '100%' }}>
            <ReferenceInput source="agencyId" reference="agencies" filter={{ active: true }} sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput
                    validate={required()}
                    optionText={(a: { name: string; acronym?: string }) => (a.acronym ? `${a.acronym} · ${a.name}` : a.name)}
                    filterToQuery={q => ({ q })}
                    sx={{ maxWidth: 640 }}
                />
            </ReferenceInput>
            <RadioButtonGroupInput source="kind" choices={kindChoices} validate={required()} row />
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                {kind === 'lease' ? (
                    <NumberInput fullWidth={false} source="monthlyRent" min={0} step={0.01} validate={[rentRequired, minValue(0)]} />
                ) : null}
                <NumberInput fullWidth={false} source="headcount" min={0} step={1} validate={[required(), minValue(0)]} />
            </Box>
            <Typography variant="subtitle2" component="h3" sx={{ mt: 1, fontWeight: 600 }}>
                {translate('csa.agreement.savings')}
            </Typography>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                <NumberInput fullWidth={false} source="referenceRentPerM2" min={0} step={0.01} validate={minValue(0)} />
                <NumberInput fullWidth={false} source="previousMonthlyRent" min={0} step={0.01} validate={minValue(0)} />
                <NumberInput fullWidth={false} source="previousMonthlyElectricity" min={0} step={0.01} validate={minValue(0)} />
            </Box>
            <TextInput source="notes" multiline minRows={2} fullWidth validate={maxLength(4000)} />
        </Box>
    );
};

export const ActivateNowInput = () => <BooleanInput source="activate" label="csa.assign.activate_now" />;
