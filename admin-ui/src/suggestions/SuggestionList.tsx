import {
    AutocompleteInput,
    DataTable,
    DateInput,
    ExportButton,
    FilterButton,
    List,
    ReferenceInput,
    SearchInput,
    SelectField,
    SelectInput,
    TopToolbar,
} from 'react-admin';
import { Button } from '@mui/material';
import BarChartIcon from '@mui/icons-material/BarChart';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { AgencyInput } from '../common/AgencyInput';
import { DateOnlyField } from '../common/fields';
import { categoryChoices, priorityChoices, ratingChoices, suggestionStatusChoices } from '../operations/choices';
import { CategoryField, RatingField, SuggestionStatusField } from './fields';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
        <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <SelectInput key="status" source="status" choices={suggestionStatusChoices} alwaysOn />,
    <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />,
    <SelectInput key="rating" source="rating" choices={ratingChoices} />,
    <AgencyInput key="agencyId" source="agencyId" />,
    <DateInput key="createdOn_gte" source="createdOn_gte" />,
    <DateInput key="createdOn_lte" source="createdOn_lte" />,
];

const Actions = () => {
    const translate = useTranslate();
    return (
        <TopToolbar>
            <Button component={RouterLink} to="/suggestion-stats" size="small" startIcon={<BarChartIcon />}>
                {translate('csa.suggestion.stats_title')}
            </Button>
            <FilterButton />
            <ExportButton maxResults={5000} />
        </TopToolbar>
    );
};

const nowrap = () => ({ whiteSpace: 'nowrap' }) as const;

/** "Buzón digital": the comments citizens left, to triage, answer and close. */
const SuggestionList = () => (
    <List filters={filters} actions={<Actions />} sort={{ field: 'createdOn', order: 'DESC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="folio" cellSx={nowrap} />
            <DataTable.Col source="createdOn" field={DateOnlyField} cellSx={nowrap} />
            <DataTable.Col source="buildingId" render={(r: { buildingCode?: string }) => r.buildingCode ?? ''} />
            <DataTable.Col source="agencyId" disableSort render={(r: { agencyAcronym?: string | null }) => r.agencyAcronym ?? '—'} />
            <DataTable.Col source="category" field={CategoryField} />
            <DataTable.Col source="rating" field={RatingField} />
            <DataTable.Col source="text" disableSort render={(r: { text?: string }) => (r.text && r.text.length > 70 ? `${r.text.slice(0, 70)}…` : (r.text ?? ''))} />
            <DataTable.Col source="priority">
                <SelectField source="priority" choices={priorityChoices} />
            </DataTable.Col>
            <DataTable.Col source="status" field={SuggestionStatusField} />
        </DataTable>
    </List>
);

export default SuggestionList;
