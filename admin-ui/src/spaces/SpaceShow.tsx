import {
    BooleanField,
    DataTable,
    EditButton,
    NumberField,
    ReferenceField,
    ReferenceManyField,
    SelectField,
    Show,
    SimpleShowLayout,
    TextField,
    TopToolbar,
    DeleteButton,
    useRecordContext,
    useTranslate,
    Labeled,
} from 'react-admin';
import { Link as MuiLink } from '@mui/material';
import { Link } from 'react-router-dom';
import { spaceConditionChoices, spaceTypeChoices } from '../common/choices';
import { AgreementStatusField, AreaField, DateOnlyField, FloorField, SpaceStateField, TimestampField } from '../common/fields';
import type { Space } from '../common/types';

const SpaceTitle = () => {
    const record = useRecordContext<Space>();
    const translate = useTranslate();
    return (
        <span>
            {translate('resources.spaces.name', { smart_count: 1 })} {record ? `${record.buildingCode ?? ''} ${record.code}` : ''}
        </span>
    );
};

const Occupant = () => {
    const record = useRecordContext<Space>();
    const translate = useTranslate();
    if (!record?.occupiedBy) return <span>{translate('csa.none')}</span>;
    const o = record.occupiedBy;
    return (
        <span>
            {o.agencyAcronym} · {o.agencyName} ·{' '}
            <MuiLink component={Link} to={`/agreements/${encodeURIComponent(String(o.agreementId))}/show`}>
                {o.folio}
            </MuiLink>
        </span>
    );
};

const SpaceShow = () => (
    <Show
        title={<SpaceTitle />}
        actions={
            <TopToolbar>
                <EditButton />
                <DeleteButton mutationMode="pessimistic" />
            </TopToolbar>
        }
    >
        <SimpleShowLayout>
            <ReferenceField source="buildingId" reference="buildings" link="show" />
            <TextField source="code" />
            <TextField source="name" emptyText="—" />
            <FloorField source="floor" />
            <SelectField source="type" choices={spaceTypeChoices} />
            <AreaField source="usableAreaM2" />
            <NumberField source="workstations" emptyText="—" />
            <SelectField source="condition" choices={spaceConditionChoices} />
            <SpaceStateField source="state" />
            <Labeled source="occupiedBy">
                <Occupant />
            </Labeled>
            <BooleanField source="active" />
            <TextField source="notes" emptyText="—" />
            <TimestampField source="updatedAt" />
            <ReferenceManyField
                reference="agreements"
                target="spaceId"
                label="csa.space_agreements"
                sort={{ field: 'startDate', order: 'DESC' }}
                perPage={10}
            >
                <DataTable rowClick="show" bulkActionButtons={false}>
                    <DataTable.Col source="folio" />
                    <DataTable.Col source="agencyAcronym" />
                    <DataTable.Col source="startDate" field={DateOnlyField} />
                    <DataTable.Col source="endDate" field={DateOnlyField} />
                    <DataTable.Col source="status" field={AgreementStatusField} />
                </DataTable>
            </ReferenceManyField>
        </SimpleShowLayout>
    </Show>
);

export default SpaceShow;
