import {
    CreateButton,
    DataTable,
    EditButton,
    Labeled,
    ReferenceField,
    ReferenceManyField,
    SelectField,
    Show,
    SimpleShowLayout,
    TextField,
    TopToolbar,
    useCanAccess,
    useRecordContext,
    useTranslate,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { categoryChoices, regulationKindChoices } from '../compliance/choices';
import { IllustrativeField, InForceField, SeverityField } from '../compliance/chips';
import { DateOnlyField } from '../common/fields';

const Actions = () => {
    const { canAccess } = useCanAccess({ resource: 'regulations', action: 'update' });
    return <TopToolbar>{canAccess ? <EditButton /> : null}</TopToolbar>;
};

const AddArticle = () => {
    const record = useRecordContext();
    const { canAccess } = useCanAccess({ resource: 'articles', action: 'create' });
    if (!record || !canAccess) return null;
    return <CreateButton resource="articles" state={{ record: { regulationId: record.id } }} label="csa.compliance.add_article" />;
};

const RegulationShow = () => {
    const translate = useTranslate();
    return (
        <Show actions={<Actions />}>
            <SimpleShowLayout>
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                    <InForceField />
                    <IllustrativeField />
                </Box>
                <TextField source="code" />
                <TextField source="title" />
                <SelectField source="kind" choices={regulationKindChoices} />
                <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                    <Labeled source="publishedOn">
                        <DateOnlyField source="publishedOn" />
                    </Labeled>
                    <Labeled source="inForceFrom">
                        <DateOnlyField source="inForceFrom" />
                    </Labeled>
                    <Labeled source="inForceTo">
                        <DateOnlyField source="inForceTo" />
                    </Labeled>
                </Box>
                <ReferenceField source="abrogatedById" reference="regulations" link="show" emptyText="—" />
                <TextField source="notes" emptyText="—" />
                <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mt: 2 }}>
                    <Typography variant="h6" component="h2">
                        {translate('resources.articles.name', { smart_count: 2 })}
                    </Typography>
                    <AddArticle />
                </Box>
                <ReferenceManyField reference="articles" target="regulationId" sort={{ field: 'number', order: 'ASC' }} perPage={200} label={false}>
                    <DataTable rowClick="show" bulkActionButtons={false}>
                        <DataTable.Col source="number" />
                        <DataTable.Col source="title" />
                        <DataTable.Col source="category">
                            <SelectField source="category" choices={categoryChoices} />
                        </DataTable.Col>
                        <DataTable.Col source="severity" field={SeverityField} />
                        <DataTable.Col source="inForce" disableSort field={InForceField} />
                    </DataTable>
                </ReferenceManyField>
            </SimpleShowLayout>
        </Show>
    );
};

export default RegulationShow;
