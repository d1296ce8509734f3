import {
    AutocompleteInput,
    DataTable,
    DateInput,
    List,
    NumberInput,
    ReferenceInput,
    SearchInput,
    SelectField,
    SelectInput,
    TextField,
} from 'react-admin';
import { kindChoices, statusChoices } from '../common/choices';
import { AgreementStatusField, DateOnlyField } from '../common/fields';
import type { Agreement } from '../common/types';
import { AgencyInput } from '../common/AgencyInput';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <AgencyInput key="agencyId" source="agencyId" />,
    <ReferenceInput key="spaceId" source="spaceId" reference="spaces" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput
            optionText={(s: { code: string; buildingCode?: string }) => `${s.buildingCode ?? ''} ${s.code}`.trim()}
            filterToQuery={q => ({ q })}
        />
    </ReferenceInput>,
    <SelectInput key="kind" source="kind" choices={kindChoices} />,
    <NumberInput key="expiringWithinDays" source="expiringWithinDays" min={0} />,
    <DateInput key="activeOn" source="activeOn" />,
    <DateInput key="startDate_gte" source="startDate_gte" />,
    <DateInput key="startDate_lte" source="startDate_lte" />,
    <DateInput key="endDate_gte" source="endDate_gte" />,
    <DateInput key="endDate_lte" source="endDate_lte" />,
];

const AgreementList = () => (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="folio" />
            <DataTable.Col source="agencyName" disableSort>
                <TextField source="agencyAcronym" />
            </DataTable.Col>
            <DataTable.Col source="buildingCode" disableSort />
            <DataTable.Col
                source="spaceCodes"
                disableSort
                render={(r: Agreement) => (r.spaceCodes ?? []).join(', ')}
            />
            <DataTable.Col source="kind">
                <SelectField source="kind" choices={kindChoices} />
            </DataTable.Col>
            <DataTable.Col source="startDate" field={DateOnlyField} />
            <DataTable.Col source="endDate" field={DateOnlyField} />
            <DataTable.Col source="status" field={AgreementStatusField} />
            <DataTable.NumberCol source="headcount" />
        </DataTable>
    </List>
);

export default AgreementList;
