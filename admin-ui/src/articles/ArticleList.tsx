import {
    CreateButton,
    DataTable,
    FilterButton,
    List,
    ReferenceInput,
    SearchInput,
    SelectField,
    SelectInput,
    TopToolbar,
    useCanAccess,
} from 'react-admin';
import { Box } from '@mui/material';
import { booleanChoices, categoryChoices, severityChoices } from '../compliance/choices';
import { IllustrativeField, InForceField, SeverityField } from '../compliance/chips';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="regulationId" source="regulationId" reference="regulations" alwaysOn>
        <SelectInput optionText="code" />
    </ReferenceInput>,
    <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />,
    <SelectInput key="severity" source="severity" choices={severityChoices} alwaysOn />,
    <SelectInput key="inForce" source="inForce" choices={booleanChoices} alwaysOn />,
];

const Actions = () => {
    const { canAccess } = useCanAccess({ resource: 'articles', action: 'create' });
    return (
        <TopToolbar>
            <FilterButton />
            {canAccess ? <CreateButton /> : null}
        </TopToolbar>
    );
};

const ArticleList = () => (
    <List filters={filters} actions={<Actions />} sort={{ field: 'number', order: 'ASC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="regulationId" render={(r: { regulationCode?: string }) => r.regulationCode ?? ''} />
            <DataTable.Col source="number" />
            <DataTable.Col source="title" />
            <DataTable.Col source="category">
                <SelectField source="category" choices={categoryChoices} />
            </DataTable.Col>
            <DataTable.Col source="severity" field={SeverityField} />
            <DataTable.Col
                source="inForce"
                disableSort
                field={() => (
                    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                        <InForceField />
                        <IllustrativeField />
                    </Box>
                )}
            />
        </DataTable>
    </List>
);

export default ArticleList;
