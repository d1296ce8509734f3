import {
    AutocompleteArrayInput, BooleanField, BooleanInput, Create, DataTable, Edit, List, NumberField, NumberInput, ReferenceArrayInput,
    ReferenceInput, AutocompleteInput, SimpleForm, TextInput, required, regex, useCanAccess, TopToolbar, CreateButton, ExportButton,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import QueueIcon from '@mui/icons-material/ConfirmationNumber';
import { AgencyInput } from '../common/AgencyInput';
import { useFormErrorHandler } from '../common/errors';

const HOUR = regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'csa.queue.invalid_time');

const Actions = () => {
    const { canAccess } = useCanAccess({ resource: 'queue-services', action: 'create' });
    return <TopToolbar>{canAccess ? <CreateButton /> : null}<ExportButton /></TopToolbar>;
};

const QueueServiceList = () => (
    <List actions={<Actions />} sort={{ field: 'prefix', order: 'ASC' }} filters={[
        <ReferenceInput key="b" source="buildingId" reference="buildings" alwaysOn><AutocompleteInput optionText="code" filterToQuery={q => ({ q })} /></ReferenceInput>,
        <BooleanInput key="a" source="active" />,
    ]}>
        <DataTable rowClick="edit" bulkActionButtons={false}>
            <DataTable.Col source="buildingCode" disableSort />
            <DataTable.Col source="prefix" />
            <DataTable.Col source="name" />
            <DataTable.Col source="agencyAcronym" disableSort />
            <DataTable.Col source="dailyCap" field={NumberField} />
            <DataTable.Col source="waiting" field={NumberField} disableSort />
            <DataTable.Col source="active" field={BooleanField} disableSort />
        </DataTable>
    </List>
);

const Procedures = () => {
    const agencyId = useWatch({ name: 'agencyId' });
    return (
        <ReferenceArrayInput source="procedureIds" reference="procedures" filter={agencyId ? { agencyId } : {}} perPage={200}>
            <AutocompleteArrayInput optionText="name" filterToQuery={q => ({ q })} sx={{ minWidth: 420 }} disabled={!agencyId} />
        </ReferenceArrayInput>
    );
};

const Form = ({ isCreate = false }: { isCreate?: boolean }) => (
    <SimpleForm>
        <ReferenceInput source="buildingId" reference="buildings"><AutocompleteInput optionText="code" filterToQuery={q => ({ q })} validate={required()} disabled={!isCreate} /></ReferenceInput>
        <AgencyInput source="agencyId" validate={required()} disabled={!isCreate} sx={{ minWidth: 360 }} />
        <TextInput source="name" validate={required()} sx={{ minWidth: 360 }} />
        <TextInput source="prefix" validate={[required(), regex(/^[A-Za-z]{1,4}$/, 'csa.queue.invalid_prefix')]} />
        <Procedures />
        <NumberInput source="dailyCap" min={1} max={9999} />
        <TextInput source="opensAt" validate={HOUR} />
        <TextInput source="closesAt" validate={HOUR} />
        <NumberInput source="targetWaitMinutes" min={1} max={600} />
        <BooleanInput source="active" />
    </SimpleForm>
);

const QueueServiceCreate = () => {
    const onError = useFormErrorHandler();
    return <Create redirect="list" record={{ active: true, dailyCap: 400, targetWaitMinutes: 15 }} mutationOptions={{ onError }}><Form isCreate /></Create>;
};
const QueueServiceEdit = () => {
    const onError = useFormErrorHandler();
    return <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}><Form /></Edit>;
};

export default { list: QueueServiceList, create: QueueServiceCreate, edit: QueueServiceEdit, icon: QueueIcon, recordRepresentation: 'name' };
