import {
    AutocompleteArrayInput,
    AutocompleteInput,
    DateInput,
    ReferenceArrayInput,
    ReferenceInput,
    SelectInput,
    SimpleForm,
    TextInput,
    maxLength,
    required,
    useCanAccess,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box } from '@mui/material';
import { inspectionTypeChoices } from '../compliance/choices';

const SpacesInput = () => {
    const buildingId = useWatch({ name: 'buildingId' });
    return (
        <ReferenceArrayInput
            source="spaceIds"
            reference="spaces"
            filter={buildingId ? { buildingId } : {}}
            sort={{ field: 'code', order: 'ASC' }}
            perPage={200}
        >
            <AutocompleteArrayInput
                optionText={(s: { code: string; occupiedBy?: { agencyAcronym?: string } | null }) =>
                    s.occupiedBy?.agencyAcronym ? `${s.code} · ${s.occupiedBy.agencyAcronym}` : s.code
                }
                filterToQuery={q => ({ q })}
                validate={required()}
                helperText="csa.compliance.inspection.spaces_help"
                sx={{ minWidth: 420 }}
            />
        </ReferenceArrayInput>
    );
};

const FollowUpInput = () => {
    const type = useWatch({ name: 'type' });
    const buildingId = useWatch({ name: 'buildingId' });
    if (type !== 'follow_up') return null;
    return (
        <ReferenceInput source="followUpOfId" reference="inspections" filter={{ status: 'signed', ...(buildingId ? { buildingId } : {}) }} sort={{ field: 'plannedOn', order: 'DESC' }}>
            <AutocompleteInput optionText="folio" filterToQuery={q => ({ q })} sx={{ minWidth: 320 }} />
        </ReferenceInput>
    );
};

/** Only an administrator can list users; others inspect themselves (the API's default). */
const InspectorInput = () => {
    const { canAccess } = useCanAccess({ resource: 'users', action: 'list' });
    if (!canAccess) return null;
    return (
        <ReferenceInput source="inspectorId" reference="users" filter={{ role: 'inspector', active: true }} sort={{ field: 'fullName', order: 'ASC' }}>
            <AutocompleteInput optionText="fullName" filterToQuery={q => ({ q })} sx={{ minWidth: 280 }} />
        </ReferenceInput>
    );
};

export const inspectionTransform = (data: Record<string, unknown>) => {
    const writable = ['buildingId', 'type', 'inspectorId', 'checklistId', 'plannedOn', 'performedOn', 'spaceIds', 'followUpOfId', 'notes'];
    return Object.fromEntries(writable.filter(k => data[k] !== undefined && data[k] !== '').map(k => [k, data[k]]));
};

export const InspectionForm = ({ edit = false }: { edit?: boolean }) => (
    <SimpleForm>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <ReferenceInput source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }}>
                <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} validate={required()} disabled={edit} sx={{ minWidth: 220 }} />
            </ReferenceInput>
            <SelectInput source="type" choices={inspectionTypeChoices} validate={required()} />
            <InspectorInput />
        </Box>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <ReferenceInput source="checklistId" reference="checklists" filter={{ active: true }} sort={{ field: 'name', order: 'ASC' }}>
                <SelectInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
            </ReferenceInput>
            <DateInput source="plannedOn" validate={required()} />
        </Box>
        <SpacesInput />
        <FollowUpInput />
        <TextInput source="notes" multiline minRows={2} fullWidth validate={maxLength(4000)} />
    </SimpleForm>
);
