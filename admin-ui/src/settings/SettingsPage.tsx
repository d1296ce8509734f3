import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Form, NumberInput, SaveButton, Title, maxValue, minValue, required, useNotify, usePermissions, useTranslate } from 'react-admin';
import { API_URL, can } from '../authProvider';
import { useNotifyApiError } from '../common/errors';
import type { PermissionMatrix } from '../common/types';
import { apiQueryKey, useApiQuery } from '../common/useApiQuery';
import { httpClient } from '../dataProvider/httpClient';

interface Settings {
    maxM2PerPerson: number;
    supervisionSampleSize: number;
    supervisionCoverageMonths: number;
    preferentialEvery: number;
    generalMaxDelayMinutes: number;
}

/** Each setting with the bounds the API enforces (settings.dto.ts), grouped as the DGRM thinks of them. */
const GROUPS: { title: string; fields: { source: keyof Settings; min: number; max: number; step?: number }[] }[] = [
    { title: 'occupancy', fields: [{ source: 'maxM2PerPerson', min: 0.01, max: 1000, step: 0.5 }] },
    {
        title: 'supervision',
        fields: [
            { source: 'supervisionSampleSize', min: 1, max: 5000 },
            { source: 'supervisionCoverageMonths', min: 1, max: 60 },
        ],
    },
    {
        title: 'queue',
        fields: [
            { source: 'preferentialEvery', min: 1, max: 20 },
            { source: 'generalMaxDelayMinutes', min: 1, max: 240 },
        ],
    },
];

interface ApiError {
    status?: number;
    body?: { errors?: Record<string, string> };
}

/** The DGRM's general parameters: read by everyone, changed by the administration (audited by the API). */
const SettingsPage = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const notifyApiError = useNotifyApiError();
    const queryClient = useQueryClient();
    const { permissions } = usePermissions<PermissionMatrix>();
    const editable = can(permissions, 'settings', 'update');
    const { data, error } = useApiQuery(['settings'], () => httpClient(`${API_URL}/settings`).then(({ json }) => json as Settings));

    const save = async (values: Record<string, unknown>) => {
        const changed = Object.fromEntries(GROUPS.flatMap(g => g.fields).map(f => f.source)
            .filter(source => data && values[source] !== data[source])
            .map(source => [source, values[source]]));
        try {
            const { json } = await httpClient(`${API_URL}/settings`, { method: 'PUT', body: JSON.stringify(changed) });
            queryClient.setQueryData(apiQueryKey('settings'), json);
            notify('csa.settings.saved', { type: 'success' });
        } catch (e) {
            const fieldErrors = (e as ApiError).status === 400 ? (e as ApiError).body?.errors : undefined;
            if (fieldErrors && Object.keys(fieldErrors).length) return fieldErrors;
            notifyApiError(e);
        }
        return undefined;
    };

    return (
        <Box sx={{ mt: 1, mb: 3, maxWidth: 760 }}>
            <Title title={translate('csa.settings.title')} />
            <Typography variant="h5" component="h2" sx={{ my: 1 }}>{translate('csa.settings.title')}</Typography>
            <Typography variant="body2" sx={{ mb: 2 }}>{translate('csa.settings.intro')}</Typography>
            {error ? <Alert severity="error">{error}</Alert> : null}
            {!editable && data ? <Alert severity="info" sx={{ mb: 2 }}>{translate('csa.settings.read_only')}</Alert> : null}
            {data ? (
                <Card>
                    <CardContent>
                        <Form record={data} onSubmit={save}>
                            {GROUPS.map(group => (
                                <Box key={group.title} component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2 }}>
                                    <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
                                        {translate(`csa.settings.${group.title}`)}
                                    </Typography>
                                    {group.fields.map(f => (
                                        <NumberInput
                                            key={f.source}
                                            source={f.source}
                                            label={`csa.settings.${f.source}`}
                                            helperText={`csa.settings.${f.source}_help`}
                                            step={f.step ?? 1}
                                            validate={[required(), minValue(f.min), maxValue(f.max)]}
                                            disabled={!editable}
                                            fullWidth
                                        />
                                    ))}
                                </Box>
                            ))}
                            {editable ? <SaveButton /> : null}
                        </Form>
                    </CardContent>
                </Card>
            ) : null}
        </Box>
    );
};

export default SettingsPage;
