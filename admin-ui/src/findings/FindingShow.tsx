import { useState } from 'react';
import { CreateButton, EditButton, FunctionField, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess, useGetIdentity, useRecordContext, useNotify, useRefresh, useTranslate, type Identifier } from 'react-admin';
import { Alert, Box, Button, Link, TextField as MuiTextField, Typography } from '@mui/material';
import { useApiCall } from '../common/useApiCall';
import { complianceApi } from '../compliance/api';
import { SeverityField, StatusField } from '../compliance/chips';
import type { Finding } from '../compliance/types';
import { DateOnlyField, TimestampField } from '../common/fields';
import { FindingActionsPanel } from './FindingActions';
import { FindingTimeline } from './FindingTimeline';
import { useApiQuery } from '../common/useApiQuery';

const Actions = () => {
    const record = useRecordContext<Finding>();
    const { identity } = useGetIdentity();
    const { canAccess } = useCanAccess({ resource: 'findings', action: 'update' });
    const supervisor = ['admin', 'building_admin', 'inspector'].includes(String(identity?.role ?? ''));
    const { canAccess: canPlan } = useCanAccess({ resource: 'inspections', action: 'create' });
    const editable = record && !['verified', 'waived'].includes(record.status);
    return (
        <TopToolbar>
            {canPlan && supervisor && editable ? (
                <CreateButton
                    resource="inspections"
                    label="csa.compliance.finding.plan_follow_up"
                    state={{
                        record: {
                            type: 'follow_up',
                            buildingId: record.buildingId,
                            spaceIds: record.spaceId ? [record.spaceId] : [],
                            followUpOfId: record.inspectionId,
                        },
                    }}
                />
            ) : null}
            {canAccess && supervisor && editable ? <EditButton /> : null}
        </TopToolbar>
    );
};

const Detail = () => {
    const finding = useRecordContext<Finding>();
    const translate = useTranslate();
    const refresh = useRefresh();
    const id = finding?.id;
    // Every action calls refresh(), which refetches the finding and its timeline together.
    const { data: events, error } = useApiQuery(['finding-events', id], () => complianceApi.findingEvents(id as Identifier), {
        enabled: id !== undefined,
    });
    if (!finding) return null;
    return (
        <Box>
            <FindingActionsPanel finding={finding} onDone={refresh} />
            <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
                {translate('csa.compliance.finding.timeline')}
            </Typography>
            {error ? <Alert severity="error">{error}</Alert> : events ? <FindingTimeline events={events} /> : null}
            <CommentBox finding={finding} onDone={refresh} />
        </Box>
    );
};

/** A note in the timeline (a call with the liaison, a partial advance…), for whoever may act on the finding. */
const CommentBox = ({ finding, onDone }: { finding: Finding; onDone: () => void }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const { run, pending } = useApiCall();
    const { canAccess } = useCanAccess({ resource: 'findings', action: 'update' });
    const [text, setText] = useState('');
    if (!canAccess) return null;
    const submit = () =>
        run(async () => {
            await complianceApi.commentFinding(finding.id, text.trim());
            notify('csa.compliance.finding.commented', { type: 'success' });
            setText('');
            onDone();
        });
    return (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', mt: 1, maxWidth: 800 }}>
            <MuiTextField
                id="finding-comment"
                label={translate('csa.compliance.finding.comment')}
                value={text}
                onChange={e => setText(e.target.value)}
                multiline
                minRows={2}
                sx={{ flex: '1 1 320px' }}
                slotProps={{ htmlInput: { maxLength: 4000 } }}
            />
            <Button variant="outlined" size="large" onClick={submit} disabled={pending || text.trim().length < 2} sx={{ minHeight: 48 }}>
                {translate('csa.compliance.finding.add_comment')}
            </Button>
        </Box>
    );
};

const InspectionLink = () => {
    const record = useRecordContext<Finding>();
    const { canAccess } = useCanAccess({ resource: 'inspections', action: 'show' });
    if (!record) return null;
    if (!canAccess) return <Typography variant="body2">{record.inspectionFolio}</Typography>;
    return <Link href={`#/inspections/${encodeURIComponent(String(record.inspectionId))}/show`}>{record.inspectionFolio}</Link>;
};

const FindingShow = () => (
    <Show actions={<Actions />}>
        <SimpleShowLayout>
            <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                <Labeled source="folio"><TextField source="folio" /></Labeled>
                <Labeled source="status"><StatusField kind="finding_status" /></Labeled>
                <Labeled source="severity"><SeverityField /></Labeled>
                <Labeled source="dueOn"><DateOnlyField source="dueOn" /></Labeled>
                <Labeled source="inspectionId"><InspectionLink /></Labeled>
            </Box>
            <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                <Labeled source="buildingId"><TextField source="buildingCode" /></Labeled>
                <Labeled source="spaceCode"><TextField source="spaceCode" /></Labeled>
                <Labeled source="agencyId"><TextField source="agencyName" emptyText="—" /></Labeled>
                <Labeled source="articleNumber">
                    <FunctionField render={(r: Finding) => `art. ${r.articleNumber ?? ''} · ${r.articleTitle ?? ''}`} />
                </Labeled>
                <Labeled source="createdAt"><TimestampField source="createdAt" /></Labeled>
            </Box>
            <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="correctiveAction" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="waivedReason" emptyText="—" />
            <Detail />
        </SimpleShowLayout>
    </Show>
);

export default FindingShow;
