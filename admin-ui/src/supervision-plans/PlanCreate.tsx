import { Create, NumberInput, SimpleForm, TextInput, minValue, regex, required, useTranslate } from 'react-admin';
import { Alert, Box } from '@mui/material';
import { PERIOD_RE } from '../common/costs';
import { useFormErrorHandler } from '../common/errors';
import { todayInMexico } from '../common/format';

/** Empty optional numbers are left out: the API then uses the settings (or draws a seed). */
const transform = (data: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined && v !== ''));

const nextMonth = () => {
    const [y, m] = todayInMexico().split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

const PlanCreate = () => {
    const translate = useTranslate();
    const onError = useFormErrorHandler();
    return (
        <Create redirect="show" record={{ period: nextMonth() }} transform={transform} mutationOptions={{ onError }}>
            <SimpleForm>
                <Alert severity="info" sx={{ mb: 2, maxWidth: 900 }}>
                    {translate('csa.compliance.plan.create_help')}
                </Alert>
                <TextInput
                    source="period"
                    type="month"
                    validate={[required(), regex(PERIOD_RE, 'csa.validation.period')]}
                    slotProps={{ inputLabel: { shrink: true } }}
                />
                <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                    <NumberInput source="seed" helperText="csa.compliance.plan.seed_help" step={1} />
                    <NumberInput source="sampleSize" helperText="csa.compliance.plan.sample_help" min={1} validate={minValue(1)} step={1} />
                    <NumberInput source="coverageMonths" helperText="csa.compliance.plan.coverage_help" min={1} validate={minValue(1)} step={1} />
                </Box>
            </SimpleForm>
        </Create>
    );
};

export default PlanCreate;
