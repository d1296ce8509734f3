import {
    AutocompleteInput,
    BooleanInput,
    ReferenceInput,
    SelectInput,
    SimpleForm,
    TextInput,
    maxLength,
    required,
    useGetOne,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box } from '@mui/material';
import { meterKindChoices } from '../common/choices';

/** A sub-meter measures one space of its service's building; the main meter measures the whole supply. */
const SpaceInput = () => {
    const kind = useWatch({ name: 'kind' });
    const serviceId = useWatch({ name: 'serviceId' });
    const { data: service } = useGetOne<{ id: string; buildingId: string }>('utility-services', { id: serviceId }, { enabled: !!serviceId });
    const buildingId = service?.buildingId;
    if (kind !== 'sub' || !buildingId) return null;
    return (
        <ReferenceInput source="spaceId" reference="spaces" filter={buildingId ? { buildingId } : {}} sort={{ field: 'code', order: 'ASC' }}>
            <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} validate={required()} sx={{ minWidth: 240 }} />
        </ReferenceInput>
    );
};

export const MeterForm = () => (
    <SimpleForm>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
            <ReferenceInput source="serviceId" reference="utility-services" sort={{ field: 'buildingId', order: 'ASC' }}>
                <AutocompleteInput filterToQuery={q => ({ q })} validate={required()} sx={{ minWidth: 320 }} />
            </ReferenceInput>
            <TextInput source="code" validate={[required(), maxLength(40)]} />
            <SelectInput source="kind" choices={meterKindChoices} validate={required()} />
            <SpaceInput />
        </Box>
        <BooleanInput source="active" />
    </SimpleForm>
);
