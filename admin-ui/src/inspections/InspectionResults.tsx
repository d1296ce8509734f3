import { useEffect, useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { complianceApi } from '../compliance/api';
import { OutcomeChip, SeverityChip } from '../compliance/chips';
import type { Inspection, InspectionResult } from '../compliance/types';
import { AuthImage } from './PhotoCapture';
import { messageOf } from '../common/errors';

/** The results recorded so far, failures first. */
export const InspectionResults = () => {
    const inspection = useRecordContext<Inspection>();
    const translate = useTranslate();
    const [rows, setRows] = useState<InspectionResult[] | null>(null);
    const [error, setError] = useState<string | null>(null);
    const id = inspection?.id;
    useEffect(() => {
        if (id === undefined) return;
        let cancelled = false;
        complianceApi
            .results(id)
            .then(r => !cancelled && setRows(r))
            .catch(e => !cancelled && setError(messageOf(e, translate('csa.errors.load'))));
        return () => {
            cancelled = true;
        };
    }, [id, inspection?.resultCount, inspection?.status, translate]);
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
