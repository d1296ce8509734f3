import {
    AutocompleteInput,
    DateInput,
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
import { unitChoices } from '../common/choices';
import { PERIOD_RE, type UtilityService } from '../common/costs';
import { MONEY_RE } from '../utility-services/UtilityServiceForm';

const serviceLabel = (s: UtilityService) => `${s.buildingCode ?? ''} · ${s.name}`;

export const UtilityBillForm = () => (
    <SimpleForm>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
            <ReferenceInput source="serviceId" reference="utility-services" sort={{ field: 'buildingId', order: 'ASC' }} perPage={100}>
                <AutocompleteInput optionText={serviceLabel} filterToQuery={q => ({ q })} validate={required()} sx={{ minWidth: 380 }} />
            </ReferenceInput>
            <TextInput
                source="period"
                type="month"
                validate={[required(), regex(PERIOD_RE, 'csa.validation.period')]}
                slotProps={{ inputLabel: { shrink: true } }}
            />
        </Box>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextInput source="amount" validate={[required(), regex(MONEY_RE, 'csa.validation.money')]} helperText="csa.validation.money_help" />
            <NumberInput source="consumption" min={0} validate={minValue(0)} />
            <SelectInput source="unit" choices={unitChoices} emptyText="csa.none" />
        </Box>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextInput source="invoiceNumber" validate={[required(), maxLength(100)]} />
            <DateInput source="issuedOn" />
            <DateInput source="dueOn" />
            <DateInput source="paidOn" />
        </Box>
        <TextInput source="notes" multiline minRows={2} fullWidth validate={maxLength(4000)} />
    </SimpleForm>
);
