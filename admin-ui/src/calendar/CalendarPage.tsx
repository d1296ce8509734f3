import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useCanAccess, useTranslate } from 'react-admin';
import {
    Box,
    Button,
    IconButton,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ListIcon from '@mui/icons-material/List';
import { AccessDenied } from '../common/AccessDenied';
import { formatDate, todayInMexico } from '../common/format';
import { ReportOptions, ReportPage, ReportStatus } from '../common/ReportLayout';
import { isYearBetween, YearField } from '../common/ReportPickers';
import { getCalendarYear } from '../operations/api';
import { CalendarLegend, YearCalendar } from './YearCalendar';
import { useApiQuery } from '../common/useApiQuery';

/** "Calendario de días hábiles": the year's non-working days, computed and declared. */
const CalendarPage = () => {
    const translate = useTranslate();
    const { canAccess, isPending } = useCanAccess({ resource: 'calendar-days', action: 'list' });
    const { canAccess: canCreate } = useCanAccess({ resource: 'calendar-days', action: 'create' });
    const [year, setYear] = useState(Number(todayInMexico().slice(0, 4)));
    const valid = isYearBetween(year, 1990, 2100);
    const { data, loading, error } = useApiQuery(['calendar', year], () => getCalendarYear(year), { enabled: !!canAccess && valid, keepPrevious: true });

    if (isPending) return null;
    if (!canAccess) return <AccessDenied />;

    const listed = (data?.days ?? []).filter(d => d.kind !== 'weekend');
    return (
        <ReportPage titleKey="csa.calendar.title" introKey="csa.calendar.intro">
            <ReportOptions>
                <IconButton aria-label={translate('csa.calendar.previous')} onClick={() => setYear(y => y - 1)}>
                    <ChevronLeftIcon />
                </IconButton>
                <YearField id="calendar-year" value={year} onChange={setYear} min={1990} max={2100} />
                <IconButton aria-label={translate('csa.calendar.next')} onClick={() => setYear(y => y + 1)}>
                    <ChevronRightIcon />
                </IconButton>
                {data && data.year === year ? (
                    <Typography variant="h6" component="p" data-testid="working-days">
                        {translate('csa.calendar.working_days', { smart_count: data.workingDays })}
                    </Typography>
                ) : null}
                <Box sx={{ flexGrow: 1 }} />
                <Button component={RouterLink} to={`/calendar-days?filter=${encodeURIComponent(JSON.stringify({ year }))}`} startIcon={<ListIcon />}>
                    {translate('csa.calendar.declared')}
                </Button>
                {canCreate ? (
                    <Button component={RouterLink} to="/calendar-days/create" variant="contained" startIcon={<AddIcon />}>
                        {translate('csa.calendar.declare')}
                    </Button>
                ) : null}
            </ReportOptions>
            <ReportStatus error={error} loading={loading} />
            {data ? (
                <>
                    <Box sx={{ mb: 2 }}>
                        <CalendarLegend />
                    </Box>
                    <YearCalendar year={data.year} days={data.days} />
                    <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
                        {translate('csa.calendar.holidays_title', { year: data.year })}
                    </Typography>
                    <Table size="small" aria-label={translate('csa.calendar.holidays_title', { year: data.year })} sx={{ maxWidth: 900 }}>
                        <TableHead>
                            <TableRow>
                                <TableCell>{translate('resources.calendar-days.fields.date')}</TableCell>
                                <TableCell>{translate('resources.calendar-days.fields.name')}</TableCell>
                                <TableCell>{translate('resources.calendar-days.fields.kind')}</TableCell>
                                <TableCell>{translate('csa.calendar.source')}</TableCell>
                            </TableRow>
                        </TableHead>
                        <TableBody>
                            {listed.map(d => (
                                <TableRow key={d.date}>
                                    <TableCell>{formatDate(d.date)}</TableCell>
                                    <TableCell>{d.name}</TableCell>
                                    <TableCell>{translate(`csa.calendar.kind.${d.kind}`)}</TableCell>
                                    <TableCell>{translate(`csa.calendar.source_${d.source}`)}</TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                </>
            ) : null}
        </ReportPage>
    );
};

export default CalendarPage;
