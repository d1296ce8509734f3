import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatNumber } from '../common/format';
import type { ScoreRow } from './types';

/** ≥ 90 green, ≥ 75 amber, below red: the colour repeats what the number says. */
export const scoreColor = (score: number | null | undefined) =>
    score === null || score === undefined ? '#9E9E9E' : score >= 90 ? '#2E7D32' : score >= 75 ? '#B26A00' : '#B71C1C';

export const ScoreBar = ({ score }: { score: number | null | undefined }) => {
    const translate = useTranslate();
    const value = score === null || score === undefined ? null : Math.max(0, Math.min(100, Number(score)));
    return (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 160 }}>
            <Box sx={{ flex: 1, height: 14, backgroundColor: '#E0E0E0', borderRadius: 7, overflow: 'hidden' }} aria-hidden="true">
                <Box sx={{ width: `${value ?? 0}%`, height: '100%', backgroundColor: scoreColor(value) }} />
            </Box>
            <Typography variant="body2" sx={{ minWidth: 44, textAlign: 'right', fontWeight: 700 }}>
                {value === null ? translate('csa.none') : formatNumber(value, 1)}
            </Typography>
        </Box>
    );
};

/** The ranking (buildings) or the list of agencies with their scores. */
export const ScoreTable = ({
    rows,
    groupBy,
    selected,
    onSelect,
}: {
    rows: ScoreRow[];
    groupBy: 'building' | 'agency';
    selected?: string | null;
    onSelect: (key: string) => void;
}) => {
    const translate = useTranslate();
    return (
        <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate(`csa.compliance.scorecards.table_${groupBy}`)} data-testid="compliance-table">
                <TableHead>
                    <TableRow>
                        <TableCell align="right">{translate('csa.compliance.scorecards.rank')}</TableCell>
                        <TableCell>{translate(`csa.compliance.scorecards.group_${groupBy}`)}</TableCell>
                        <TableCell>{translate('csa.compliance.scorecards.score')}</TableCell>
                        <TableCell align="right">{translate('csa.compliance.scorecards.items_checked')}</TableCell>
                        <TableCell align="right">{translate('csa.compliance.scorecards.failed')}</TableCell>
                        <TableCell align="right">{translate('csa.compliance.scorecards.open_actions')}</TableCell>
                        <TableCell align="right">{translate('csa.compliance.scorecards.overdue_actions')}</TableCell>
                    </TableRow>
                </TableHead>
                <TableBody>
                    {rows.map((row, i) => (
                        <TableRow key={row.key} selected={row.key === selected} hover>
                            <TableCell align="right">{row.rank ?? i + 1}</TableCell>
                            <TableCell sx={{ minWidth: 220 }}>
                                <Button
                                    onClick={() => onSelect(row.key)}
                                    aria-pressed={row.key === selected}
                                    sx={{ textTransform: 'none', justifyContent: 'flex-start', textAlign: 'left', p: 0.5 }}
                                    title={translate('csa.compliance.scorecards.show_trend')}
                                >
                                    <span>
                                        <strong>{row.code}</strong>
                                        <br />
                                        <Typography component="span" variant="caption" color="text.secondary">
                                            {row.name}
                                        </Typography>
                                    </span>
                                </Button>
                            </TableCell>
                            <TableCell>
                                <ScoreBar score={row.score} />
                            </TableCell>
                            <TableCell align="right">{formatNumber(row.itemsChecked, 0)}</TableCell>
                            <TableCell align="right">{formatNumber(row.failed, 0)}</TableCell>
                            <TableCell align="right">{formatNumber(row.openActions, 0)}</TableCell>
                            <TableCell align="right" sx={row.overdueActions > 0 ? { color: '#B71C1C', fontWeight: 700 } : undefined}>
                                {formatNumber(row.overdueActions, 0)}
                            </TableCell>
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
        </Box>
    );
};
