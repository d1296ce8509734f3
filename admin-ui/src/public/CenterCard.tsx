import { Box, Card, CardContent, Chip, Link, Typography } from '@mui/material';
import { t } from './messages';
import type { PublicCenter } from './publicApi';
import { viewOf } from './search';

const hours = (c: PublicCenter) =>
    [c.operatingDays, c.opensAt && c.closesAt ? t('csa.public.directory.hours_range', { from: c.opensAt, to: c.closesAt }) : null]
        .filter(Boolean)
        .join(', ');

/** One CSA: where, when, what else is on site, and which agencies handle which procedures. */
export const CenterCard = ({ center, query }: { center: PublicCenter; query: string }) => {
    const headingId = `csa-${center.code}`;
    const agencies = viewOf(center, query);
    return (
        <Card component="article" aria-labelledby={headingId} variant="outlined" data-testid="center" data-code={center.code}>
            <CardContent>
                <Typography id={headingId} variant="h5" component="h2" gutterBottom>
                    {center.name}
                </Typography>
                <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 2, rowGap: 0.5, m: 0, '& dt': { fontWeight: 700 }, '& dd': { m: 0 } }}>
                    <dt>{t('csa.public.directory.address')}</dt>
                    <dd>
                        {center.address}
                    </dd>
                    {hours(center) ? (
                        <>
                            <dt>{t('csa.public.directory.hours')}</dt>
                            <dd>{hours(center)}</dd>
                        </>
                    ) : null}
                    {center.phone ? (
                        <>
                            <dt>{t('csa.public.directory.phone')}</dt>
                            <dd>
                                <Link href={`tel:${center.phone.replace(/[^\d+]/g, '')}`}>{center.phone}</Link>
                            </dd>
                        </>
                    ) : null}
                    <dt>{t('csa.public.directory.services')}</dt>
                    <dd>
                        {center.services.length === 0 ? (
                            t('csa.public.directory.no_services')
                        ) : (
                            <Box component="ul" aria-label={t('csa.public.directory.services')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0 }}>
                                {center.services.map(s => (
                                    <li key={s}>
                                        <Chip size="small" label={t(`csa.public.service.${s}`)} variant="outlined" />
                                    </li>
                                ))}
                            </Box>
                        )}
                    </dd>
                </Box>
                <Typography variant="h6" component="h3" sx={{ mt: 2, mb: 1 }}>
                    {t('csa.public.directory.agencies', { smart_count: center.agencies.length })}
                </Typography>
                <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
                    {agencies.map(({ agency, highlighted, procedures }) => (
                        <Box
                            component="details"
                            key={agency.id}
                            open={highlighted || undefined}
                            data-testid="agency"
                            sx={{
                                border: 1,
                                borderColor: highlighted ? 'primary.main' : 'divider',
                                borderRadius: 1,
                                px: 1.5,
                                py: 0.75,
                                '& summary': { cursor: 'pointer', fontWeight: 600 },
                                '& summary:focus-visible': { outline: '3px solid #8A2036', outlineOffset: 2 },
                            }}
                        >
                            <summary>
                                {agency.acronym} · {agency.name}{' '}
                                <Typography component="span" variant="body2" color="text.secondary">
                                    ({t(`csa.public.level.${agency.level}`)} · {t('csa.public.directory.procedures', { smart_count: agency.procedures.length })})
                                </Typography>
                            </summary>
                            {procedures.length === 0 ? (
                                <Typography variant="body2" sx={{ my: 1 }}>
                                    {t('csa.public.directory.no_procedures')}
                                </Typography>
                            ) : (
                                <Box component="ul" sx={{ my: 1, pl: 3 }}>
                                    {procedures.map(p => (
                                        <li key={p.id} data-testid="procedure">
                                            <Typography variant="body1" component="span" sx={{ fontWeight: 500 }}>
                                                {p.name}
                                            </Typography>
                                            {p.description ? (
                                                <Typography variant="body2" color="text.secondary">
                                                    {p.description}
                                                </Typography>
                                            ) : null}
                                            {p.requirements ? (
                                                <Typography variant="body2">
                                                    <strong>{t('csa.public.directory.requirements')}:</strong> {p.requirements}
                                                </Typography>
                                            ) : null}
                                        </li>
                                    ))}
                                </Box>
                            )}
                        </Box>
                    ))}
                </Box>
                <Box sx={{ mt: 2, display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                    <Link href={`/buzon?csa=${encodeURIComponent(center.code)}`}>
                        {t('csa.public.directory.box_link', { name: center.name })}
                    </Link>
                    {center.latitude != null && center.longitude != null ? (
                        <Link
                            href={`https://www.openstreetmap.org/?mlat=${center.latitude}&mlon=${center.longitude}#map=17/${center.latitude}/${center.longitude}`}
                            rel="noopener noreferrer"
                            target="_blank"
                        >
                            {t('csa.public.directory.map_link', { name: center.name })}
                        </Link>
                    ) : null}
                </Box>
            </CardContent>
        </Card>
    );
};
