import {
    AutocompleteArrayInput, AutocompleteInput, BooleanField, BooleanInput, Create, CreateButton, DataTable, Edit, ExportButton, List,
    ReferenceArrayInput, ReferenceInput, SimpleForm, TextInput, TopToolbar, required, useCanAccess,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import CounterIcon from '@mui/icons-material/Storefront';
import { useFormErrorHandler } from '../common/errors';

const Actions = () => {
    const { canAccess } = useCanAccess({ resource: 'counters', action: 'create' });
    return <TopToolbar>{canAccess ? <CreateButton /> : null}<ExportButton /></TopToolbar>;
};

const CounterList = () => (
    <List actions={<Actions />} sort={{ field: 'label', order: 'ASC' }} filters={[
        <ReferenceInput key="b" source="buildingId" reference="buildings" alwaysOn><AutocompleteInput optionText="code" filterToQuery={q => ({ q })} /></ReferenceInput>,
    ]}>
        <DataTable rowClick="edit" bulkActionButtons={false}>
            <DataTable.Col source="buildingCode" disableSort />
            <DataTable.Col source="label" />
            <DataTable.Col source="spaceCode" disableSort />
            <DataTable.Col source="agencyAcronym" disableSort />
            <DataTable.Col source="clerkName" disableSort />
            <DataTable.Col source="pausedReason" disableSort />
            <DataTable.Col source="active" field={BooleanField} disableSort />
        </DataTable>
    </List>
);

const BuildingParts = ({ isCreate }: { isCreate: boolean }) => {
    const buildingId = useWatch({ name: 'buildingId' });
    return (
        <>
            <ReferenceInput source="spaceId" reference="spaces" filter={buildingId ? { buildingId } : {}} perPage={200}>
                <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} validate={required()} disabled={!buildingId || !isCreate} />
            </ReferenceInput>
            <ReferenceArrayInput source="serviceIds" reference="queue-services" filter={buildingId ? { buildingId } : {}} perPage={200}>
                <AutocompleteArrayInput optionText={(s: { prefix: string; name: string }) => `${s.prefix} · ${s.name}`} filterToQuery={q => ({ q })} validate={required()} sx={{ minWidth: 420 }} />
            </ReferenceArrayInput>
        </>
    );
};

const Form = ({ isCreate = false }: { isCreate?: boolean }) => (
    <SimpleForm>
        <ReferenceInput source="buildingId" reference="buildings"><AutocompleteInput optionText="code" filterToQuery={q => ({ q })} validate={required()} disabled={!isCreate} /></ReferenceInput>
        <TextInput source="label" validate={required()} />
        <BuildingParts isCreate={isCreate} />
        <BooleanInput source="active" />
    </SimpleForm>
);

const CounterCreate = () => {
    const onError = useFormErrorHandler();
    return <Create redirect="list" record={{ active: true }} mutationOptions={{ onError }}><Form isCreate /></Create>;
};
const CounterEdit = () => {
    const onError = useFormErrorHandler();
    return <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}><Form /></Edit>;
};

export default { list: CounterList, create: CounterCreate, edit: CounterEdit, icon: CounterIcon, recordRepresentation: 'label' };
