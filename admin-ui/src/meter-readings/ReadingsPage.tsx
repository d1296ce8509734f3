import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
    Alert, Box, Button, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { API_URL } from '../authProvider';
import { PERIOD_RE } from '../common/costs';
import { useNotifyApiError } from '../common/errors';
import { formatQuantity, todayInMexico } from '../common/format';
import { BuildingSelect } from '../common/ReportPickers';
import { apiQueryKey, useApiQuery } from '../common/useApiQuery';
import { httpClient } from '../dataProvider/httpClient';
import { readReadingsCsv } from './readingsFile';

interface Meter {
    id: string;
    code: string;
    kind: 'main' | 'sub';
    serviceName: string;
    spaceCode: string | null;
}
interface Reading {
    meterId: string;
    period: string;
    reading: number;
    locked: boolean;
}
interface Sheet {
    meters: Meter[];
    current: Map<string, Reading>;
    previous: Map<string, Reading>;
}

const READING_RE = /^\d{1,11}(\.\d{1,3})?$/;

/** The month before a period (YYYY-MM). */
export const monthBefore = (period: string) => {
    const [y, m] = period.split('-').map(Number);
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * A building's month of readings in one grid: every active meter with last month's reading beside
 * a field for this one. Saving sends only what is new or changed, in one request that the API
 * saves whole or refuses whole; what was typed stays on screen until it is saved.
 */
const ReadingsPage = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const notifyApiError = useNotifyApiError();
    const dataProvider = useDataProvider();
    const queryClient = useQueryClient();
    const [buildingId, setBuildingId] = useState('');
    const [period, setPeriod] = useState(() => monthBefore(todayInMexico().slice(0, 7)));
    const [readOn, setReadOn] = useState(() => todayInMexico());
    const [typed, setTyped] = useState<Record<string, string>>({});
    const [saving, setSaving] = useState(false);
    const [fileReport, setFileReport] = useState<{ read: number; problems: string[] } | null>(null);
    const ready = !!buildingId && PERIOD_RE.test(period);

    const readingsOf = async (p: string) => {
        const { data } = await dataProvider.getList<Reading & { id: string }>('meter-readings', {
            filter: { buildingId, period: p }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'meterId', order: 'ASC' },
        });
        return new Map(data.map(r => [r.meterId, r]));
    };
    const { data: sheet, error, loading } = useApiQuery<Sheet>(['reading-sheet', buildingId, period], async () => {
        const [{ data: meters }, current, previous] = await Promise.all([
            dataProvider.getList<Meter & { id: string }>('meters', {
                filter: { buildingId, active: true }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'code', order: 'ASC' },
            }),
            readingsOf(period),
            readingsOf(monthBefore(period)),
        ]);
        return { meters, current, previous };
    }, { enabled: ready });

    const valueOf = (meterId: string) => typed[meterId] ?? (sheet?.current.get(meterId)?.reading.toString() ?? '');
    const toSave = (sheet?.meters ?? [])
        .map(m => ({ meterId: m.id, text: typed[m.id] }))
        .filter(r => r.text !== undefined && r.text !== '' && Number(r.text) !== sheet?.current.get(r.meterId)?.reading);
    const invalid = toSave.some(r => !READING_RE.test(r.text!));

    /** Fills the grid from a file; nothing is saved until the user saves what the grid shows. */
    const importFile = async (file: File | undefined) => {
        if (!file || !sheet) return;
        const { readings, problems } = readReadingsCsv(await file.text());
        const byCode = new Map(sheet.meters.map(m => [m.code.toUpperCase(), m.id]));
        const filled: Record<string, string> = {};
        const messages = problems.map(p => translate('csa.readings.file_line', { line: p.line, message: p.message }));
        readings.forEach((reading, code) => {
            const meterId = byCode.get(code);
            if (meterId) filled[meterId] = reading;
            else messages.push(translate('csa.readings.file_unknown', { code }));
        });
        setTyped(t => ({ ...t, ...filled }));
        setFileReport({ read: Object.keys(filled).length, problems: messages });
    };

    const save = async () => {
        if (!toSave.length) {
            notify('csa.readings.nothing', { type: 'info' });
            return;
        }
        setSaving(true);
        try {
            const { json } = await httpClient(`${API_URL}/meter-readings/sheet`, {
                method: 'POST',
                body: JSON.stringify({ period, readOn: readOn || null, readings: toSave.map(r => ({ meterId: r.meterId, reading: Number(r.text) })) }),
            });
            notify('csa.readings.saved', { type: 'success', messageArgs: json as Record<string, number> });
            await queryClient.invalidateQueries({ queryKey: apiQueryKey('reading-sheet', buildingId, period) });
            setTyped({});
        } catch (e) {
            notifyApiError(e);
        } finally {
            setSaving(false);
        }
    };

    return (
        <Box sx={{ mt: 1, mb: 3 }}>
            <Title title={translate('csa.readings.title')} />
            <Typography variant="h5" component="h2" sx={{ my: 1 }}>{translate('csa.readings.title')}</Typography>
            <Typography variant="body2" sx={{ mb: 2 }}>{translate('csa.readings.intro')}</Typography>
            <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 2 }}>
                <BuildingSelect id="readings-building" value={buildingId} onChange={id => { setBuildingId(id); setTyped({}); }} minWidth={180} />
                <TextField fullWidth={false} id="readings-period" type="month" label={translate('csa.readings.period')} value={period}
                    onChange={e => { setPeriod(e.target.value); setTyped({}); }} slotProps={{ inputLabel: { shrink: true } }} />
                <TextField fullWidth={false} id="readings-read-on" type="date" label={translate('csa.readings.read_on')} value={readOn}
                    onChange={e => setReadOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            </Stack>
            {!ready ? <Alert severity="info">{translate('csa.readings.pick')}</Alert> : null}
            {error ? <Alert severity="error">{error}</Alert> : null}
            {ready && sheet && !loading && sheet.meters.length === 0 ? <Alert severity="info">{translate('csa.readings.none')}</Alert> : null}
            {ready && sheet && sheet.meters.length > 0 ? (
                <>
                    <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
                        <Table size="small" aria-label={translate('csa.readings.title')}>
                            <TableHead>
                                <TableRow>
                                    <TableCell>{translate('resources.meters.fields.code')}</TableCell>
                                    <TableCell>{translate('resources.meters.fields.serviceName')}</TableCell>
                                    <TableCell>{translate('resources.meters.fields.spaceCode')}</TableCell>
                                    <TableCell align="right">{translate('csa.readings.previous')}</TableCell>
                                    <TableCell>{translate('csa.readings.current')}</TableCell>
                                    <TableCell align="right">{translate('csa.readings.consumption')}</TableCell>
                                </TableRow>
                            </TableHead>
                            <TableBody>
                                {sheet.meters.map(m => {
                                    const stored = sheet.current.get(m.id);
                                    const previous = sheet.previous.get(m.id)?.reading;
                                    const text = valueOf(m.id);
                                    const wellFormed = text === '' || READING_RE.test(text);
                                    const lower = wellFormed && text !== '' && previous !== undefined && Number(text) < previous;
                                    return (
                                        <TableRow key={m.id}>
                                            <TableCell component="th" scope="row">{m.code}</TableCell>
                                            <TableCell>{m.serviceName}</TableCell>
                                            <TableCell>{m.spaceCode ?? translate(`csa.meter_kind.${m.kind}`)}</TableCell>
                                            <TableCell align="right">{previous === undefined ? '—' : formatQuantity(previous, 3)}</TableCell>
                                            <TableCell>
                                                <TextField
                                                    size="small"
                                                    fullWidth={false}
                                                    value={text}
                                                    disabled={stored?.locked}
                                                    onChange={e => setTyped(t => ({ ...t, [m.id]: e.target.value.trim() }))}
                                                    error={!wellFormed}
                                                    helperText={stored?.locked ? translate('csa.readings.locked') : !wellFormed ? translate('csa.readings.invalid') : lower ? translate('csa.readings.lower') : undefined}
                                                    slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': `${translate('csa.readings.current')} ${m.code}` } }}
                                                />
                                            </TableCell>
                                            <TableCell align="right">
                                                {wellFormed && text !== '' && previous !== undefined ? formatQuantity(Number(text) - previous, 3) : '—'}
                                            </TableCell>
                                        </TableRow>
                                    );
                                })}
                            </TableBody>
                        </Table>
                    </TableContainer>
                    {fileReport ? (
                        <Alert severity={fileReport.problems.length ? 'warning' : 'info'} sx={{ mt: 2 }} onClose={() => setFileReport(null)}>
                            {translate('csa.readings.file_read', { smart_count: fileReport.read })}
                            {fileReport.problems.length ? (
                                <Box component="ul" sx={{ m: 0, pl: 3 }}>
                                    {fileReport.problems.map(p => <li key={p}>{p}</li>)}
                                </Box>
                            ) : null}
                        </Alert>
                    ) : null}
                    <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
                        <Button variant="contained" onClick={save} disabled={saving || invalid}>
                            {translate('csa.readings.save')}
                        </Button>
                        <Button variant="outlined" component="label">
                            {translate('csa.readings.import')}
                            <input hidden type="file" accept=".csv,text/csv" data-testid="readings-file"
                                onChange={e => { void importFile(e.target.files?.[0]); e.target.value = ''; }} />
                        </Button>
                    </Stack>
                </>
            ) : null}
        </Box>
    );
};

export default ReadingsPage;
