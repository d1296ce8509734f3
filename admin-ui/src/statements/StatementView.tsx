import { Box, Table, TableBody, TableCell, TableContainer, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Statement } from '../common/costs';
import { formatMoney, formatPeriod, formatQuantity } from '../common/format';

const numeric = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** The JSON of an estado de cuenta: one table per building, then adjustments and the total. */
export const StatementView = ({ statement }: { statement: Statement }) => {
    const translate = useTranslate();
    const scope = statement.period ? formatPeriod(statement.period) : String(statement.year ?? '');
    return (
        <Box data-testid="statement-preview">
            <Typography variant="h6" component="h2" gutterBottom>
                {translate('csa.statement.heading', {
                    agency: statement.agency.acronym ? `${statement.agency.acronym} · ${statement.agency.name}` : statement.agency.name,
                    scope,
                })}
            </Typography>
            {statement.buildings.length === 0 ? (
                <Typography variant="body2" sx={{ mb: 2 }}>
                    {translate('csa.statement.empty')}
                </Typography>
            ) : null}
            {statement.buildings.map(b => (
                <TableContainer key={String(b.building.id)} sx={{ mb: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
                    <Table size="small" aria-label={`${b.building.code} · ${b.building.name}`}>
                        <caption style={{ captionSide: 'top', textAlign: 'left', padding: '8px 16px', fontWeight: 600 }}>
                            {b.building.code} · {b.building.name}
                        </caption>
                        <TableHead>
                            <TableRow>
                                {!statement.period ? <TableCell scope="col">{translate('csa.statement.period')}</TableCell> : null}
                                <TableCell scope="col">{translate('csa.statement.service')}</TableCell>
                                <TableCell scope="col">{translate('csa.statement.basis')}</TableCell>
                                <TableCell scope="col" sx={numeric}>
                                    {translate('csa.statement.basis_quantity')}
                                </TableCell>
                                <TableCell scope="col" sx={numeric}>
                                    {translate('csa.statement.amount')}
                                </TableCell>
                            </TableRow>
                        </TableHead>
                        <TableBody>
                            {b.lines.map((l, i) => (
                                <TableRow key={i}>
                                    {!statement.period ? <TableCell>{formatPeriod(l.period)}</TableCell> : null}
                                    <TableCell>{l.service}</TableCell>
                                    <TableCell>{translate(`csa.basis.${l.basis}`)}</TableCell>
                                    <TableCell sx={numeric}>{formatQuantity(l.basisQuantity, 3)}</TableCell>
                                    <TableCell sx={numeric}>{formatMoney(l.amount)}</TableCell>
                                </TableRow>
                            ))}
                            {Number(b.rent) !== 0 ? (
                                <TableRow>
                                    {!statement.period ? <TableCell /> : null}
                                    <TableCell colSpan={3}>{translate('csa.statement.rent')}</TableCell>
                                    <TableCell sx={numeric}>{formatMoney(b.rent)}</TableCell>
                                </TableRow>
                            ) : null}
                        </TableBody>
                        <TableFooter sx={{ "& .MuiTableCell-root": { fontSize: "0.875rem" } }}>
                            <TableRow>
                                <TableCell colSpan={statement.period ? 3 : 4} sx={{ fontWeight: 700, color: 'text.primary' }}>
                                    {translate('csa.statement.subtotal')}
                                </TableCell>
                                <TableCell sx={{ ...numeric, fontWeight: 700, color: 'text.primary' }}>{formatMoney(b.subtotal)}</TableCell>
                            </TableRow>
                        </TableFooter>
                    </Table>
                </TableContainer>
            ))}
            {statement.adjustments.length > 0 ? (
                <TableContainer sx={{ mb: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
                    <Table size="small" aria-label={translate('csa.statement.adjustments')}>
                        <caption style={{ captionSide: 'top', textAlign: 'left', padding: '8px 16px', fontWeight: 600 }}>
                            {translate('csa.statement.adjustments')}
                        </caption>
                        <TableHead>
                            <TableRow>
                                <TableCell scope="col">{translate('csa.statement.corrects')}</TableCell>
                                <TableCell scope="col">{translate('csa.statement.reason')}</TableCell>
                                <TableCell scope="col" sx={numeric}>
                                    {translate('csa.statement.amount')}
                                </TableCell>
                            </TableRow>
                        </TableHead>
                        <TableBody>
                            {statement.adjustments.map(a => (
                                <TableRow key={String(a.id)}>
                                    <TableCell>{formatPeriod(a.correctsPeriod)}</TableCell>
                                    <TableCell>{a.reason}</TableCell>
                                    <TableCell sx={numeric}>{formatMoney(a.amount)}</TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                </TableContainer>
            ) : null}
            <Typography variant="h6" component="p" data-testid="statement-total">
                {translate('csa.statement.total', { amount: formatMoney(statement.total) })}
            </Typography>
        </Box>
    );
};
