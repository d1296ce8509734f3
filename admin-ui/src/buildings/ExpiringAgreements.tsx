import { Alert, List, ListItem, ListItemText, Typography, Link as MuiLink } from '@mui/material';
import { Link, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import type { Agreement, Building } from '../common/types';
import { expiryColor } from '../dashboard/expiry';

/** Active agreements of the building in context that end within 90 days, soonest first. */
export const ExpiringAgreements = () => {
    const record = useRecordContext<Building>();
    const translate = useTranslate();
    const { data, isPending, error } = useGetList<Agreement>(
        'agreements',
        {
            filter: { buildingId: record?.id, expiringWithinDays: 90, status: 'active' },
            pagination: { page: 1, perPage: 50 },
            sort: { field: 'endDate', order: 'ASC' },
        },
        { enabled: !!record?.id },
    );
    if (!record || isPending) return null;
    if (error) return <Alert severity="error">{translate('csa.errors.load')}</Alert>;
    if (!data || data.length === 0) {
        return <Typography color="text.secondary">{translate('csa.plan.expiring_empty')}</Typography>;
    }
    return (
        <List dense aria-label={translate('csa.plan.expiring_title')}>
            {data.map(a => (
                <ListItem key={a.id} disableGutters sx={{ borderLeft: `6px solid ${expiryColor(a.daysToExpiry)}`, pl: 1, mb: 0.5 }}>
                    <ListItemText
                        primary={
                            <MuiLink component={Link} to={`/agreements/${encodeURIComponent(String(a.id))}/show`}>
                                {a.folio}
                            </MuiLink>
                        }
                        secondary={`${a.agencyAcronym ?? a.agencyName ?? ''} · ${(a.spaceCodes ?? []).join(', ')} · ${formatDate(a.endDate)} · ${translate('csa.plan.days_left', { smart_count: a.daysToExpiry ?? 0 })}`}
                    />
                </ListItem>
            ))}
        </List>
    );
};
