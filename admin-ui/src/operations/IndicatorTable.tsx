import { Fragment, useState } from 'react';
import { useTranslate } from 'react-admin';
import {
    Box,
    Button,
    Table,
    TableBody,
    TableCell,
    TableContainer,
    TableHead,
    TableRow,
    Typography,
} from '@mui/material';
import { formatDate } from '../common/format';
import { formatIndicatorValue, indicatorLevel, type IndicatorLine } from './indicator';
import type { IndicatorRow } from './types';

const LEVEL_SX = {
    full: { color: '#1B5E20' },
    partial: { color: '#8F5500', fontWeight: 600 },
    low: { color: '#FFFFFF', bgcolor: '#B71C1C', fontWeight: 700 },
    none: { color: 'text.secondary' },
} as const;

const Cell = ({ row }: { row: IndicatorRow | undefined }) => {
    const translate = useTranslate();
    const title = row
        ? translate('csa.indicator.cell_title', { operated: row.daysOperated, working: row.workingDays })
        : translate('csa.indicator.no_data');
    return (
        <TableCell align="right" title={title} sx={{ ...LEVEL_SX[indicatorLevel(row?.indicator)], whiteSpace: 'nowrap', px: 0.75 }}>
            {formatIndicatorValue(row?.indicator)}
        </TableCell>
    );
};

/** Building × month table of the operation indicator, with each building's closed working days on demand. */
export const IndicatorTable = ({ lines, year }: { lines: IndicatorLine[]; year: number }) => {
    const translate = useTranslate();
    const [open, setOpen] = useState<Record<string, boolean>>({});
    const months = Array.from({ length: 12 }, (_, i) => translate(`csa.calendar.months_short.m${i + 1}`));
    return (
        <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Table size="small" aria-label={translate('csa.indicator.table', { year })} data-testid="indicator-table">
                <TableHead>
                    <TableRow>
                        <TableCell scope="col">{translate('csa.indicator.building_percent')}</TableCell>
                        {months.map(m => (
                            <TableCell key={m} scope="col" align="right" sx={{ px: 0.75 }}>
                                {m}
                            </TableCell>
                        ))}
                        <TableCell scope="col" align="right" sx={{ fontWeight: 700 }}>
                            {translate('csa.indicator.year_total', { year })}
                        </TableCell>
                        <TableCell scope="col">{translate('csa.indicator.closed_days')}</TableCell>
                    </TableRow>
                </TableHead>
                <TableBody>
                    {lines.map(line => {
                        const key = String(line.buildingId);
                        const closed = line.closedWorkingDays;
                        const isOpen = Boolean(open[key]);
                        return (
                            <Fragment key={key}>
                                <TableRow data-testid={`indicator-${line.code}`}>
                                    <TableCell component="th" scope="row" title={line.name} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                                        {line.code}
                                    </TableCell>
                                    {line.months.map((m, i) => (
                                        <Cell key={i} row={m} />
                                    ))}
                                    <Cell row={line.year} />
                                    <TableCell>
                                        {closed.length === 0 ? (
                                            <Typography variant="body2" color="text.secondary">
                                                {translate('csa.indicator.none_closed')}
                                            </Typography>
                                        ) : (
                                            <Button
                                                size="small"
                                                sx={{ whiteSpace: 'nowrap' }}
                                                aria-expanded={isOpen}
                                                aria-controls={`closed-${key}`}
                                                onClick={() => setOpen(o => ({ ...o, [key]: !isOpen }))}
                                            >
                                                {translate(isOpen ? 'csa.indicator.hide_closed' : 'csa.indicator.show_closed', { smart_count: closed.length })}
                                            </Button>
                                        )}
                                    </TableCell>
                                </TableRow>
                                {isOpen ? (
                                    <TableRow id={`closed-${key}`}>
                                        <TableCell colSpan={15} sx={{ bgcolor: 'grey.50' }}>
                                            <Typography variant="subtitle2" component="h3">
                                                {translate('csa.indicator.closed_title', { name: line.name, year })}
                                            </Typography>
                                            <Box component="ul" sx={{ my: 0.5, pl: 3, columns: { md: 2 } }}>
                                                {closed.map(d => (
                                                    <li key={d.date}>
                                                        {formatDate(d.date)}: {d.reason || translate('csa.indicator.no_reason')}
                                                    </li>
                                                ))}
                                            </Box>
                                        </TableCell>
                                    </TableRow>
                                ) : null}
                            </Fragment>
                        );
                    })}
                </TableBody>
            </Table>
        </TableContainer>
    );
};
