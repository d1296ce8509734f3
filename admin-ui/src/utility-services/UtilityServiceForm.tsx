import {
    ArrayInput,
    AutocompleteInput,
    BooleanInput,
    ReferenceInput,
    SelectInput,
    SimpleForm,
    SimpleFormIterator,
    TextInput,
    maxLength,
    regex,
    required,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { basisChoices, serviceKindChoices, unitChoices } from '../common/choices';

export const MONEY_RE = /^\d{1,12}(\.\d{1,2})?$/;

const AgencyInput = ({ source }: { source: string }) => (
    <ReferenceInput source={source} reference="agencies" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput
            label="resources.utility-services.fields.agencyId"
            optionText="name"
            filterToQuery={q => ({ q })}
            validate={required()}
            sx={{ minWidth: 320 }}
        />
    </ReferenceInput>
);

const FixedShares = () => {
    const basis = useWatch({ name: 'basis' });
    const translate = useTranslate();
    if (basis !== 'fixed') return null;
    return (
        <ArrayInput source="fixedShares">
            <SimpleFormIterator inline disableReordering>
                <AgencyInput source="agencyId" />
                <TextInput
                    source="monthlyAmount"
                    label="resources.utility-services.fields.monthlyAmount"
                    validate={[required(), regex(MONEY_RE, 'csa.validation.money')]}
                    helperText={translate('csa.validation.money_help')}
                />
            </SimpleFormIterator>
        </ArrayInput>
    );
};

export const UtilityServiceForm = () => {
    const translate = useTranslate();
    return (
        <SimpleForm>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
                <ReferenceInput source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }}>
                    <AutocompleteInput
                        optionText={(b: { code: string; name: string }) => `${b.code} · ${b.name}`}
                        filterToQuery={q => ({ q })}
                        validate={required()}
                        sx={{ minWidth: 320 }}
                    />
                </ReferenceInput>
                <SelectInput source="kind" choices={serviceKindChoices} validate={required()} />
                <TextInput source="name" validate={[required(), maxLength(200)]} sx={{ flex: 1, minWidth: 280 }} />
            </Box>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
                <TextInput source="supplier" validate={maxLength(300)} sx={{ flex: 1, minWidth: 280 }} />
                <TextInput source="contractNumber" validate={maxLength(100)} />
                <SelectInput source="unit" choices={unitChoices} emptyText="csa.none" />
            </Box>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                <SelectInput source="basis" choices={basisChoices} validate={required()} />
                <BooleanInput source="active" />
            </Box>
            <Typography variant="subtitle1" component="h2" sx={{ mt: 1 }}>
                {translate('csa.utility.exemptions_title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
                {translate('csa.utility.exemptions_help')}
            </Typography>
            <ArrayInput source="exemptions" label={false}>
                <SimpleFormIterator inline disableReordering>
                    <AgencyInput source="agencyId" />
                    <TextInput
                        source="reason"
                        label="resources.utility-services.fields.reason"
                        validate={[required(), maxLength(500)]}
                        sx={{ minWidth: 320 }}
                    />
                </SimpleFormIterator>
            </ArrayInput>
            <FixedShares />
            <TextInput source="notes" multiline minRows={2} fullWidth validate={maxLength(4000)} />
        </SimpleForm>
    );
};
