import {
    AutocompleteInput,
    BooleanField,
    DataTable,
    List,
    NullableBooleanInput,
    NumberInput,
    ReferenceInput,
    SearchInput,
    SelectField,
    SelectInput,
    useTranslate,
} from 'react-admin';
import { spaceConditionChoices, spaceStateChoices, spaceTypeChoices } from '../common/choices';
import { AreaField, FloorField, SpaceStateField } from '../common/fields';
import type { Space } from '../common/types';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
        <AutocompleteInput
            optionText={(b: { code: string; name: string }) => `${b.code} · ${b.name}`}
            filterToQuery={q => ({ q })}
            sx={{ minWidth: 260 }}
        />
    </ReferenceInput>,
    <SelectInput key="state" source="state" choices={spaceStateChoices} alwaysOn />,
    <SelectInput key="type" source="type" choices={spaceTypeChoices} />,
    <SelectInput key="condition" source="condition" choices={spaceConditionChoices} />,
    <NumberInput key="floor" source="floor" step={1} />,
    <NumberInput key="usableAreaM2_gte" source="usableAreaM2_gte" min={0} />,
    <NumberInput key="usableAreaM2_lte" source="usableAreaM2_lte" min={0} />,
    <NullableBooleanInput key="active" source="active" />,
];

const OccupiedBy = ({ record }: { record: Space }) => {
    const translate = useTranslate();
    return <>{record.occupiedBy ? record.occupiedBy.agencyAcronym || record.occupiedBy.agencyName : translate('csa.none')}</>;
};

const SpaceList = () => (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="buildingCode" disableSort />
            <DataTable.Col source="code" />
            <DataTable.Col source="name" />
            <DataTable.Col source="floor" field={FloorField} />
            <DataTable.Col source="type">
                <SelectField source="type" choices={spaceTypeChoices} />
            </DataTable.Col>
            <DataTable.Col source="usableAreaM2" field={AreaField} />
            <DataTable.NumberCol source="workstations" />
            <DataTable.Col source="state" field={SpaceStateField} disableSort />
            <DataTable.Col source="occupiedBy" disableSort render={(r: Space) => <OccupiedBy record={r} />} />
            <DataTable.Col source="active" field={BooleanField} disableSort />
        </DataTable>
    </List>
);

export default SpaceList;
