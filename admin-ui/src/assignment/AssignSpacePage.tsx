import { useMemo, useState } from 'react';
import {
    Form,
    SaveButton,
    Title,
    useCreate,
    useGetList,
    useNotify,
    useRedirect,
    useTranslate,
    useCanAccess,
    ResourceContextProvider,
    type Identifier,
} from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { Box, Card, CardContent, MenuItem, TextField, Typography } from '@mui/material';
import { useNotifyApiError } from '../common/errors';
import type { Agreement, Building, FreeSpace } from '../common/types';
import { AssignmentTerms, ActivateNowInput } from './AssignmentTerms';
import { FreeSpaceSearch, defaultPeriod, type Period } from './FreeSpaceSearch';
import { AccessDenied } from '../common/AccessDenied';

interface TermsValues {
    agencyId?: Identifier;
    kind?: 'comodato' | 'lease';
    monthlyRent?: number | null;
    headcount?: number | null;
    referenceRentPerM2?: number | null;
    previousMonthlyRent?: number | null;
    previousMonthlyElectricity?: number | null;
    notes?: string | null;
    activate?: boolean;
}

const dropEmpty = (values: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined && v !== ''));

/**
 * "Asignar espacio": pick a building and a period, select free spaces,
 * then the agency and terms; one POST /api/agreements (activate: true).
 */
const AssignSpacePage = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const notifyApiError = useNotifyApiError();
    const redirect = useRedirect();
    const [params] = useSearchParams();
    const [buildingId, setBuildingId] = useState<string>(params.get('buildingId') ?? '');
    const [period, setPeriod] = useState<Period>(() => defaultPeriod());
    const [selected, setSelected] = useState<FreeSpace[]>([]);
    const [create, { isPending: saving }] = useCreate<Agreement>();
    const { canAccess, isPending: checking } = useCanAccess({ resource: 'agreements', action: 'create' });
    const { data: buildings } = useGetList<Building>('buildings', {
        pagination: { page: 1, perPage: 200 },
        sort: { field: 'code', order: 'ASC' },
        filter: { active: true },
    });
    const building = useMemo(() => buildings?.find(b => String(b.id) === buildingId), [buildings, buildingId]);

    if (checking) return null;
    if (!canAccess) return <AccessDenied />;

    const submit = async (values: TermsValues) => {
        if (selected.length === 0) {
            notify('csa.assign.none_selected', { type: 'warning' });
            return;
        }
        const { activate, ...terms } = values;
        const data: Record<string, unknown> = {
            ...dropEmpty(terms as Record<string, unknown>),
            buildingId,
            spaceIds: selected.map(s => s.id),
            startDate: period.from,
            endDate: period.to,
            activate: activate !== false,
        };
        if (data.kind !== 'lease') delete data.monthlyRent;
        try {
            const created = await create('agreements', { data }, { returnPromise: true });
            notify(activate !== false ? 'csa.assign.created_active' : 'csa.assign.created', {
                type: 'success',
                messageArgs: { folio: created?.folio ?? '' },
            });
            setSelected([]);
            redirect('show', 'buildings', buildingId);
        } catch (error) {
            const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
            notifyApiError(error);
            if (errors) return errors;
        }
    };

    return (
        <Box sx={{ mt: 1, mb: 4 }}>
            <Title title={translate('csa.assign.title')} />
            <Typography variant="body1" sx={{ my: 1, maxWidth: 900 }}>
                {translate('csa.assign.intro')}
            </Typography>
            <Card variant="outlined" component="section" aria-labelledby="assign-step-1" sx={{ mb: 2 }}>
                <CardContent>
                    <Typography id="assign-step-1" variant="h6" component="h2" gutterBottom>
                        {translate('csa.assign.step_search')}
                    </Typography>
                    <TextField
                        id="assign-building"
                        fullWidth={false}
                        select
                        label={translate('csa.assign.building')}
                        value={buildings ? buildingId : ''}
                        onChange={e => setBuildingId(e.target.value)}
                        sx={{ minWidth: 360, mb: 2 }}
                        required
                    >
                        {(buildings ?? []).map(b => (
                            <MenuItem key={b.id} value={String(b.id)}>
                                {b.code} · {b.name}
                            </MenuItem>
                        ))}
                    </TextField>
                    <FreeSpaceSearch
                        buildingId={buildingId || null}
                        selected={selected}
                        onSelectionChange={setSelected}
                        period={period}
                        onPeriodChange={setPeriod}
                    />
                </CardContent>
            </Card>
            <Card variant="outlined" component="section" aria-labelledby="assign-step-2">
                <CardContent>
                    <Typography id="assign-step-2" variant="h6" component="h2" gutterBottom>
                        {translate('csa.assign.step_terms')}
                        {building ? ` · ${building.code}` : ''}
                    </Typography>
                    <ResourceContextProvider value="agreements">
                    <Form<TermsValues>
                        defaultValues={{ kind: 'comodato', activate: true }}
                        onSubmit={(values: Record<string, unknown>) => submit(values as TermsValues)}
                        resource="agreements"
                    >
                        <AssignmentTerms />
                        <ActivateNowInput />
                        <SaveButton
                            label="csa.assign.submit"
                            alwaysEnable={selected.length > 0 && !saving}
                            disabled={selected.length === 0 || saving}
                        />
                    </Form>
                    </ResourceContextProvider>
                </CardContent>
            </Card>
        </Box>
    );
};

export default AssignSpacePage;
