import { List, ListItem, ListItemText, Link as MuiLink } from '@mui/material';
import { Link, useCanAccess, useGetList, useTranslate } from 'react-admin';
import { formatTimestamp } from '../common/format';
import { DashboardCard } from './DashboardCard';

interface AuditEvent {
    id: string;
    occurredAt: string;
    actorUsername: string;
    action: string;
    resource: string;
    recordId: string;
}

const RecentChangesList = () => {
    const translate = useTranslate();
    const { data, isPending, error } = useGetList<AuditEvent>('audit-events', {
        pagination: { page: 1, perPage: 8 },
        sort: { field: 'occurredAt', order: 'DESC' },
    });
    return (
        <DashboardCard title="csa.dashboard.recent_changes" isPending={isPending} error={error} empty={!data?.length} testId="dashboard-recent">
            <List dense aria-label={translate('csa.dashboard.recent_changes')}>
                {(data ?? []).map(e => (
                    <ListItem key={e.id} disableGutters>
                        <ListItemText
                            primary={
                                <MuiLink component={Link} to={`/audit-events/${encodeURIComponent(e.id)}/show`}>
                                    {`${translate(`csa.audit_action.${e.action}`, { _: e.action })} · ${translate(`resources.${e.resource}.name`, { smart_count: 1, _: e.resource })}`}
                                </MuiLink>
                            }
                            secondary={`${formatTimestamp(e.occurredAt)} · ${e.actorUsername ?? ''}`}
                        />
                    </ListItem>
                ))}
            </List>
            <MuiLink component={Link} to="/audit-events">
                {translate('csa.dashboard.see_all')}
            </MuiLink>
        </DashboardCard>
    );
};

/** Only for the roles that may read the audit trail. */
export const RecentChanges = () => {
    const { canAccess, isPending } = useCanAccess({ resource: 'audit-events', action: 'list' });
    if (isPending || !canAccess) return null;
    return <RecentChangesList />;
};
