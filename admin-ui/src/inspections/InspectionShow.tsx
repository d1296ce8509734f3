import { useState } from 'react';
import {
    DataTable,
    EditButton,
    Labeled,
    ReferenceField,
    ReferenceManyField,
    SelectField,
    Show,
    TabbedShowLayout,
    TextField,
    TopToolbar,
    useCanAccess,
    useRecordContext,
    useRefresh,
    useTranslate,
} from 'react-admin';
import { Box, Button, Chip } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import DrawIcon from '@mui/icons-material/Draw';
import { inspectionTypeChoices } from '../compliance/choices';
import { SeverityField, StatusField } from '../compliance/chips';
import type { Inspection } from '../compliance/types';
import { DateOnlyField, TimestampField } from '../common/fields';
import { ReportButton, SignDialog } from './InspectionButtons';
import { InspectionResults } from './InspectionResults';

const Actions = () => {
    const record = useRecordContext<Inspection>();
    const translate = useTranslate();
    const refresh = useRefresh();
    const { canAccess: canUpdate } = useCanAccess({ resource: 'inspections', action: 'update' });
    const [signing, setSigning] = useState(false);
    if (!record) return <TopToolbar />;
    const open = record.status !== 'signed';
    const complete = !!record.expectedResultCount && (record.resultCount ?? 0) >= record.expectedResultCount;
    return (
        <TopToolbar>
            {open && canUpdate ? (
                <Button variant="contained" size="large" startIcon={<EditNoteIcon />} href={`#/inspections/${encodeURIComponent(String(record.id))}/record`}>
                    {translate('csa.compliance.inspection.record')}
                </Button>
            ) : null}
            {open && canUpdate && complete ? (
                <Button variant="outlined" startIcon={<DrawIcon />} onClick={() => setSigning(true)}>
                    {translate('csa.compliance.inspection.sign')}
                </Button>
            ) : null}
            {open && canUpdate && record.status === 'planned' ? <EditButton /> : null}
            <ReportButton inspection={record} />
            <SignDialog inspection={record} open={signing} onClose={() => setSigning(false)} onSigned={refresh} />
        </TopToolbar>
    );
};

const Scope = () => {
    const record = useRecordContext<Inspection>();
    if (!record?.scope?.length) return null;
    return (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {record.scope.map(s => (
                <Chip key={String(s.spaceId)} label={s.agencyAcronym ? `${s.spaceCode} · ${s.agencyAcronym}` : s.spaceCode} variant="outlined" />
            ))}
        </Box>
    );
};

const InspectionShow = () => (
    <Show actions={<Actions />}>
        <TabbedShowLayout>
            <TabbedShowLayout.Tab label="csa.compliance.inspection.tab_summary">
                <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                    <Labeled source="folio"><TextField source="folio" /></Labeled>
                    <Labeled source="status"><StatusField kind="inspection_status" /></Labeled>
                    <Labeled source="type"><SelectField source="type" choices={inspectionTypeChoices} /></Labeled>
                    <Labeled source="buildingId"><TextField source="buildingCode" /></Labeled>
                    <Labeled source="inspectorId"><TextField source="inspectorName" emptyText="—" /></Labeled>
                </Box>
                <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                    <Labeled source="checklistId"><ReferenceField source="checklistId" reference="checklists" link="show" /></Labeled>
                    <Labeled source="plannedOn"><DateOnlyField source="plannedOn" /></Labeled>
                    <Labeled source="performedOn"><DateOnlyField source="performedOn" /></Labeled>
                    <Labeled source="planId"><ReferenceField source="planId" reference="supervision-plans" link="show" emptyText="—" /></Labeled>
                    <Labeled source="followUpOfId"><ReferenceField source="followUpOfId" reference="inspections" link="show" emptyText="—" /></Labeled>
                </Box>
                <Labeled source="scope"><Scope /></Labeled>
                <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                    <Labeled source="resultCount"><TextField source="resultCount" /></Labeled>
                    <Labeled source="expectedResultCount"><TextField source="expectedResultCount" /></Labeled>
                    <Labeled source="failCount"><TextField source="failCount" /></Labeled>
                    <Labeled source="signedAt"><TimestampField source="signedAt" /></Labeled>
                    <Labeled source="signedBy"><TextField source="signedByName" emptyText="—" /></Labeled>
                    <Labeled source="tenantSignatory"><TextField source="tenantSignatory" emptyText="—" /></Labeled>
                </Box>
                <TextField source="notes" emptyText="—" />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="csa.compliance.inspection.results" path="results">
                <InspectionResults />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="csa.compliance.inspection.tab_findings" path="findings">
                <ReferenceManyField reference="findings" target="inspectionId" sort={{ field: 'createdAt', order: 'ASC' }} label={false}>
                    <DataTable rowClick="show" bulkActionButtons={false}>
                        <DataTable.Col source="folio" />
                        <DataTable.Col source="spaceCode" />
                        <DataTable.Col source="agencyAcronym" />
                        <DataTable.Col source="articleNumber" />
                        <DataTable.Col source="severity" field={SeverityField} />
                        <DataTable.Col source="dueOn" field={DateOnlyField} />
                        <DataTable.Col source="status" field={() => <StatusField kind="finding_status" />} />
                    </DataTable>
                </ReferenceManyField>
            </TabbedShowLayout.Tab>
        </TabbedShowLayout>
    </Show>
);

export default InspectionShow;
