import { Box, Link as MuiLink, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { addToDate, formatDate, todayInMexico } from '../common/format';
import type { Agreement } from '../common/types';
import { expiryColors } from '../theme';
import { DashboardCard } from './DashboardCard';
import { expiryBand, expiryColor } from './expiry';
import { useReport } from './useReport';

const bands = [
    { band: 30, key: 'csa.dashboard.expiring_30', color: expiryColors.red },
    { band: 60, key: 'csa.dashboard.expiring_60', color: expiryColors.amber },
    { band: 90, key: 'csa.dashboard.expiring_90', color: expiryColors.green },
] as const;

/** The agreements list holding exactly a tile's agreements: active, ending within its band, soonest first. */
export const bandListPath = (band: 30 | 60 | 90, today = todayInMexico()) => {
    const filter = {
        status: 'active',
        endDate_gte: addToDate(today, { days: band === 30 ? 0 : band - 29 }),
        endDate_lte: addToDate(today, { days: band }),
    };
    return `/agreements?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=endDate&order=ASC`;
};

export const ExpiringAgreementsCard = () => {
    const translate = useTranslate();
    const { data, isPending, error } = useReport<Agreement>('expiring', { days: 90 });
    const rows = data ?? [];
    return (
        <DashboardCard title="csa.dashboard.expiring" isPending={isPending} error={error} testId="dashboard-expiring">
            <Box sx={{ display: 'flex', gap: 1, mb: 1 }}>
                {bands.map(({ band, key, color }) => (
                    <Box
                        key={band}
                        component={Link}
                        to={bandListPath(band)}
                        data-testid={`expiring-${band}`}
                        sx={{
                            flex: 1, p: 1, borderRadius: 1, backgroundColor: color, color: '#fff', textAlign: 'center', textDecoration: 'none',
                            '&:hover, &:focus-visible': { outline: '3px solid', outlineColor: 'secondary.main', outlineOffset: 2 },
                        }}
                    >
                        <Typography component="p" sx={{ fontSize: 28, fontWeight: 700, lineHeight: 1.1 }}>
                            {rows.filter(a => expiryBand(a.daysToExpiry) === band).length}
                        </Typography>
                        <Typography component="p" variant="caption">
                            {translate(key)}
                        </Typography>
                    </Box>
                ))}
            </Box>
            {rows.length === 0 ? (
                <Typography color="text.secondary">{translate('csa.dashboard.expiring_empty')}</Typography>
            ) : (
                <List dense sx={{ maxHeight: 260, overflowY: 'auto' }} aria-label={translate('csa.dashboard.expiring')}>
                    {rows.slice(0, 20).map(a => (
                        <ListItem key={a.id} disableGutters sx={{ borderLeft: `6px solid ${expiryColor(a.daysToExpiry)}`, pl: 1, mb: 0.5 }}>
                            <ListItemText
                                primary={
                                    <MuiLink component={Link} to={`/agreements/${encodeURIComponent(String(a.id))}/show`}>
                                        {a.folio}
                                    </MuiLink>
                                }
                                secondary={`${a.agencyAcronym ?? a.agencyName ?? ''} · ${a.buildingCode ?? ''} · ${formatDate(a.endDate)} · ${translate('csa.plan.days_left', { smart_count: a.daysToExpiry ?? 0 })}`}
                            />
                        </ListItem>
                    ))}
                </List>
            )}
        </DashboardCard>
    );
};
