import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';

const ProcedureShow = () => (
    <Show>
        <SimpleShowLayout>
            <ReferenceField source="agencyId" reference="agencies" link="show" />
            <TextField source="name" />
            <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="requirements" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="keywords" emptyText="—" />
            <BooleanField source="active" />
        </SimpleShowLayout>
    </Show>
);

export default ProcedureShow;
