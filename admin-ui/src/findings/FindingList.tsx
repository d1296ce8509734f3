import {
    AutocompleteInput,
    DataTable,
    DateInput,
    ExportButton,
    FilterButton,
    List,
    NullableBooleanInput,
    ReferenceInput,
    SearchInput,
    SelectInput,
    TopToolbar,
} from 'react-admin';
import { Typography } from '@mui/material';
import { AgencyInput } from '../common/AgencyInput';
import { formatDate, todayInMexico } from '../common/format';
import { findingStatusChoices, severityChoices } from '../compliance/choices';
import { SeverityField, StatusField } from '../compliance/chips';
import type { Finding } from '../compliance/types';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <NullableBooleanInput key="open" source="open" alwaysOn />,
    <SelectInput key="status" source="status" choices={findingStatusChoices} alwaysOn />,
    <SelectInput key="severity" source="severity" choices={severityChoices} alwaysOn />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <AgencyInput key="agencyId" source="agencyId" />,
    <NullableBooleanInput key="overdue" source="overdue" />,
    <DateInput key="dueOn_lte" source="dueOn_lte" />,
];

const Actions = () => (
    <TopToolbar>
        <FilterButton />
        <ExportButton maxResults={5000} />
    </TopToolbar>
);

/** The deadline, in red when it has passed and the action is still pending. */
const DueOn = ({ record }: { record: Finding }) => {
    const late = !!record.dueOn && record.dueOn < todayInMexico() && ['open', 'in_progress', 'overdue'].includes(record.status);
    return (
        <Typography component="span" variant="body2" sx={late ? { color: '#B71C1C', fontWeight: 700 } : undefined}>
            {formatDate(record.dueOn)}
        </Typography>
    );
};

const FindingList = () => (
    // Opens on the work to do: the pending findings, nearest deadline first («—» shows them all).
    <List filters={filters} actions={<Actions />} filterDefaultValues={{ open: true }} sort={{ field: 'dueOn', order: 'ASC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="folio" render={(r: Finding) => <span style={{ whiteSpace: 'nowrap' }}>{r.folio}</span>} />
            <DataTable.Col
                source="buildingId"
                render={(r: Finding) => (
                    <>
                        {r.buildingCode}
                        <br />
                        <Typography component="span" variant="caption">{r.spaceCode}</Typography>
                    </>
                )}
            />
            <DataTable.Col source="agencyId" render={(r: Finding) => <abbr title={r.agencyName ?? ''}>{r.agencyAcronym ?? ''}</abbr>} />
            <DataTable.Col source="articleNumber" disableSort render={(r: Finding) => (r.articleNumber ? <span title={r.articleTitle ?? ''}>{`art. ${r.articleNumber}`}</span> : '')} />
            <DataTable.Col source="severity" field={SeverityField} />
            <DataTable.Col source="dueOn" render={(r: Finding) => <DueOn record={r} />} />
            <DataTable.Col source="status" field={() => <StatusField kind="finding_status" />} />
        </DataTable>
    </List>
);

export default FindingList;
