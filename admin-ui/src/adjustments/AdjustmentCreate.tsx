import {
    AutocompleteInput,
    Create,
    ReferenceInput,
    SimpleForm,
    TextInput,
    maxLength,
    regex,
    required,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PERIOD_RE, type UtilityService } from '../common/costs';
import { useFormErrorHandler } from '../common/errors';
import { AgencyInput } from '../common/AgencyInput';

const SIGNED_MONEY_RE = /^-?\d{1,12}(\.\d{1,2})?$/;
const notZero = (value: unknown) => (value !== undefined && value !== null && value !== '' && Number(value) === 0 ? 'csa.adjustment.not_zero' : undefined);

const ServiceInput = () => {
    const buildingId = useWatch({ name: 'buildingId' });
    return (
        <ReferenceInput
            source="serviceId"
            reference="utility-services"
            filter={buildingId ? { buildingId } : {}}
            sort={{ field: 'name', order: 'ASC' }}
        >
            <AutocompleteInput optionText={(s: UtilityService) => s.name} filterToQuery={q => ({ q })} disabled={!buildingId} sx={{ minWidth: 300 }} />
        </ReferenceInput>
    );
};

const AdjustmentCreate = () => {
    const onError = useFormErrorHandler();
    const translate = useTranslate();
    return (
        <Create redirect="list" mutationOptions={{ onError }}>
            <SimpleForm>
                <Typography variant="body2" sx={{ mb: 1, maxWidth: 800 }}>
                    {translate('csa.adjustment.intro')}
                </Typography>
                <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                    <TextInput source="period" type="month" validate={[required(), regex(PERIOD_RE, 'csa.validation.period')]} slotProps={{ inputLabel: { shrink: true } }} />
                    <TextInput source="correctsPeriod" type="month" validate={[required(), regex(PERIOD_RE, 'csa.validation.period')]} slotProps={{ inputLabel: { shrink: true } }} />
                </Box>
                <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                    <ReferenceInput source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }}>
                        <AutocompleteInput optionText={(b: { code: string; name: string }) => `${b.code} · ${b.name}`} filterToQuery={q => ({ q })} validate={required()} sx={{ minWidth: 320 }} />
                    </ReferenceInput>
                    <ServiceInput />
                    <AgencyInput source="agencyId" sx={{ minWidth: 320 }} />
                </Box>
                <TextInput source="amount" validate={[required(), regex(SIGNED_MONEY_RE, 'csa.validation.signed_money'), notZero]} helperText="csa.adjustment.amount_help" />
                <TextInput source="reason" multiline minRows={2} fullWidth validate={[required(), maxLength(2000)]} />
            </SimpleForm>
        </Create>
    );
};

export default AdjustmentCreate;
