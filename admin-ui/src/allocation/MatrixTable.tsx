import { useId } from 'react';
import { Table, TableBody, TableCell, TableContainer, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApportionmentMatrix, MatrixRow } from '../common/costs';
import { formatMoney } from '../common/format';

/** Tenants first (by acronym), then the agencies exempt from a service, then the DGRM's vacancy row. */
const ORDER: Record<string, number> = { tenant: 0, exempt: 1, vacancy: 2 };
export const sortMatrixRows = (rows: MatrixRow[]) =>
    [...rows].sort(
        (a, b) => (ORDER[a.payer] ?? 9) - (ORDER[b.payer] ?? 9) || a.acronym.localeCompare(b.acronym, 'es-MX'),
    );

const numeric = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/**
 * The apportionment matrix of one building and period: tenants × services,
 * with the vacancy cost the DGRM bears, the totals and the billed amounts,
 * every amount in MXN.
 */
export const MatrixTable = ({ matrix, title }: { matrix: ApportionmentMatrix; title: string }) => {
    const translate = useTranslate();
    const captionId = useId();
    const rows = sortMatrixRows(matrix.rows);
    const rowLabel = (row: MatrixRow) =>
        row.payer === 'vacancy'
            ? translate('csa.matrix.vacancy')
            : row.payer === 'exempt'
              ? translate('csa.matrix.exempt', { acronym: row.acronym })
              : row.acronym;
    const billedTotal = matrix.services.reduce((sum, s) => sum + Math.round(Number(s.billed) * 100), 0) / 100;
    return (
        <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, overflowX: 'auto' }}>
            <Table size="small" aria-labelledby={captionId}>
                <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', padding: '8px 16px' }}>
                    <Typography component="span" variant="subtitle1" sx={{ fontWeight: 600 }}>
                        {title}
                    </Typography>
                </caption>
                <TableHead>
                    <TableRow>
                        <TableCell scope="col">{translate('csa.matrix.payer')}</TableCell>
                        {matrix.services.map(s => (
                            <TableCell key={s.id} scope="col" sx={numeric}>
                                {s.name}
                            </TableCell>
                        ))}
                        <TableCell scope="col" sx={{ ...numeric, fontWeight: 700 }}>
                            {translate('csa.matrix.total')}
                        </TableCell>
                    </TableRow>
                </TableHead>
                <TableBody>
                    {rows.length === 0 ? (
                        <TableRow>
                            <TableCell colSpan={matrix.services.length + 2}>{translate('csa.matrix.empty')}</TableCell>
                        </TableRow>
                    ) : null}
                    {rows.map(row => (
                        <TableRow
                            key={`${row.payer}:${row.agencyId ?? ''}`}
                            data-payer={row.payer}
                            sx={row.payer === 'vacancy' ? { backgroundColor: '#F6EFE4' } : undefined}
                        >
                            <TableCell component="th" scope="row" sx={{ fontWeight: row.payer === 'tenant' ? 400 : 600 }}>
                                {rowLabel(row)}
                            </TableCell>
                            {matrix.services.map(s => {
                                const amount = row.amounts[String(s.id)];
                                return (
                                    <TableCell key={s.id} sx={numeric}>
                                        {amount === undefined ? '—' : formatMoney(amount)}
                                    </TableCell>
                                );
                            })}
                            <TableCell sx={{ ...numeric, fontWeight: 600 }}>{formatMoney(row.total)}</TableCell>
                        </TableRow>
                    ))}
                </TableBody>
                <TableFooter sx={{ "& .MuiTableCell-root": { fontSize: "0.875rem" } }}>
                    <TableRow>
                        <TableCell component="th" scope="row" sx={{ fontWeight: 700, color: 'text.primary' }}>
                            {translate('csa.matrix.total')}
                        </TableCell>
                        {matrix.services.map(s => (
                            <TableCell key={s.id} sx={{ ...numeric, fontWeight: 700, color: 'text.primary' }}>
                                {formatMoney(matrix.totals[String(s.id)] ?? '0')}
                            </TableCell>
                        ))}
                        <TableCell sx={{ ...numeric, fontWeight: 700, color: 'text.primary' }}>
                            {formatMoney(matrix.totals.total ?? '0')}
                        </TableCell>
                    </TableRow>
                    <TableRow>
                        <TableCell component="th" scope="row" sx={{ color: 'text.primary' }}>
                            {translate('csa.matrix.billed')}
                        </TableCell>
                        {matrix.services.map(s => (
                            <TableCell key={s.id} sx={{ ...numeric, color: 'text.primary' }}>
                                {formatMoney(s.billed)}
                            </TableCell>
                        ))}
                        <TableCell sx={{ ...numeric, color: 'text.primary' }}>{formatMoney(billedTotal)}</TableCell>
                    </TableRow>
                </TableFooter>
            </Table>
        </TableContainer>
    );
};
