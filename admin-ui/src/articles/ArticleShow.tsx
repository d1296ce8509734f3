import { EditButton, Labeled, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess } from 'react-admin';
import { Box } from '@mui/material';
import { categoryChoices } from '../compliance/choices';
import { IllustrativeField, InForceField, SeverityField } from '../compliance/chips';
import { DateOnlyField } from '../common/fields';

const Actions = () => {
    const { canAccess } = useCanAccess({ resource: 'articles', action: 'update' });
    return <TopToolbar>{canAccess ? <EditButton /> : null}</TopToolbar>;
};

const ArticleShow = () => (
    <Show actions={<Actions />}>
        <SimpleShowLayout>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                <InForceField />
                <IllustrativeField />
            </Box>
            <ReferenceField source="regulationId" reference="regulations" link="show" />
            <TextField source="number" />
            <TextField source="title" />
            <TextField source="text" sx={{ whiteSpace: 'pre-wrap', maxWidth: 900, display: 'block' }} />
            <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                <Labeled source="category">
                    <SelectField source="category" choices={categoryChoices} />
                </Labeled>
                <Labeled source="severity">
                    <SeverityField />
                </Labeled>
                <Labeled source="inForceFrom">
                    <DateOnlyField source="inForceFrom" />
                </Labeled>
                <Labeled source="inForceTo">
                    <DateOnlyField source="inForceTo" />
                </Labeled>
            </Box>
        </SimpleShowLayout>
    </Show>
);

export default ArticleShow;
