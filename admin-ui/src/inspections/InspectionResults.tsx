import { useRecordContext, useTranslate, type Identifier } from 'react-admin';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { complianceApi } from '../compliance/api';
import { OutcomeChip, SeverityChip } from '../compliance/chips';
import type { Inspection } from '../compliance/types';
import { AuthImage } from './PhotoCapture';
import { useApiQuery } from '../common/useApiQuery';

/** The results recorded so far, failures first. */
export const InspectionResults = () => {
    const inspection = useRecordContext<Inspection>();
    const translate = useTranslate();
    const id = inspection?.id;
    // Recorded or signed results make a new key; the last results stay on screen while it loads.
    const { data: rows, error } = useApiQuery(
        ['inspection-results', id, inspection?.resultCount, inspection?.status],
        () => complianceApi.results(id as Identifier),
        { enabled: id !== undefined, keepPrevious: true },
    );
    if (error) return <Alert severity="error">{error}</Alert>;
    if (!rows) return null;
    if (rows.length === 0) return <Alert severity="info">{translate('csa.compliance.inspection.no_results')}</Alert>;
    const order = { fails: 0, complies: 1, not_applicable: 2 } as const;
    const sorted = [...rows].sort(
        (a, b) => order[a.outcome] - order[b.outcome] || String(a.spaceCode).localeCompare(String(b.spaceCode), 'es'),
    );
    return (
        <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('csa.compliance.inspection.results')}>
                <TableHead>
                    <TableRow>
                        <TableCell>{translate('csa.compliance.space')}</TableCell>
                        <TableCell>{translate('csa.compliance.article')}</TableCell>
                        <TableCell>{translate('csa.compliance.question')}</TableCell>
                        <TableCell>{translate('resources.articles.fields.severity')}</TableCell>
                        <TableCell>{translate('csa.compliance.record.outcome')}</TableCell>
                        <TableCell>{translate('csa.compliance.record.note')}</TableCell>
                        <TableCell>{translate('csa.compliance.record.photos')}</TableCell>
                    </TableRow>
                </TableHead>
                <TableBody>
                    {sorted.map(r => (
                        <TableRow key={String(r.id)}>
                            <TableCell>{r.spaceCode}</TableCell>
                            <TableCell>{r.articleNumber ? `art. ${r.articleNumber}` : ''}</TableCell>
                            <TableCell>{r.question}</TableCell>
                            <TableCell>
                                <SeverityChip severity={r.severity} />
                            </TableCell>
                            <TableCell>
                                <OutcomeChip outcome={r.outcome} />
                            </TableCell>
                            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{r.note}</TableCell>
                            <TableCell>
                                <Box sx={{ display: 'flex', gap: 0.5 }}>
                                    {(r.photos ?? []).map(p => (
                                        <AuthImage key={String(p.id)} photo={p} size={48} />
                                    ))}
                                </Box>
                            </TableCell>
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
        </Box>
    );
};
