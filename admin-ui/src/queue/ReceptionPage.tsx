import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useApiCall } from '../common/useApiCall';
import { listQuery, queueGet, queuePost, type Ticket, useQueueStream } from './api';

interface Service { id: string; name: string; prefix: string; buildingId: string; buildingCode: string; agencyAcronym: string }
interface Board {
    services: { id: string; name: string; prefix: string; waiting: number; longestWaitMinutes: number | null; counters: number; open: number }[];
    counters: { id: string; label: string; clerkName: string | null; pausedReason: string | null; ticketCode: string | null; ticketStatus: string | null }[];
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());

/** «Recepción»: a building's lines live; issue, transfer, cancel, and call a chosen ticket to a counter. */
const ReceptionPage = () => {
    const translate = useTranslate();
    const { run, pending } = useApiCall();
    const [services, setServices] = useState<Service[]>([]);
    const [buildingId, setBuildingId] = useState('');
    const [board, setBoard] = useState<Board | null>(null);
    const [waiting, setWaiting] = useState<Ticket[]>([]);
    const [serviceId, setServiceId] = useState('');
    const [category, setCategory] = useState<'general' | 'preferential'>('general');
    const [issued, setIssued] = useState<string | null>(null);
    const [target, setTarget] = useState<Record<string, string>>({});
    const [reason, setReason] = useState('');

    useEffect(() => {
        void queueGet<Service[]>(`/queue-services?${listQuery({ active: true }, ['prefix', 'ASC'])}`).then(list => {
            setServices(list);
            setBuildingId(b => b || list[0]?.buildingId || '');
        });
    }, []);
    const buildings = useMemo(() => [...new Map(services.map(s => [s.buildingId, s.buildingCode])).entries()], [services]);
    const here = services.filter(s => s.buildingId === buildingId);

    const refresh = useCallback(async () => {
        if (!buildingId) return;
        setBoard(await queueGet<Board>(`/queue/board?buildingId=${buildingId}`));
        setWaiting(await queueGet<Ticket[]>(`/tickets?${listQuery({ buildingId, status: 'waiting', day: today() }, ['issuedAt', 'ASC'], [0, 199])}`));
    }, [buildingId]);
    useEffect(() => void refresh().catch(() => undefined), [refresh]);
    useQueueStream(buildingId, () => void refresh().catch(() => undefined));

    const issue = () => run(async () => {
        const t = await queuePost<Ticket>('/tickets', { buildingId, serviceId, category });
        if (t) setIssued(translate('csa.queue.issued', { code: t.code, url: `${window.location.origin}/turnos/t/${t.statusToken}` }));
        await refresh();
    });
    const act = (path: string, body?: unknown) => run(async () => {
        await queuePost(path, body);
        await refresh();
    });

    return (
        <Box sx={{ mt: 1 }}>
            <Title title={translate('csa.queue.reception')} />
            <Stack spacing={2}>
                <TextField select label={translate('resources.queue-services.fields.buildingId')} value={buildingId} onChange={e => setBuildingId(e.target.value)} sx={{ maxWidth: 280 }}>
                    {buildings.map(([id, code]) => <MenuItem key={id} value={id}>{code}</MenuItem>)}
                </TextField>
                <Card>
                    <CardContent>
                        <Typography variant="h6" component="h2">{translate('csa.queue.issue')}</Typography>
                        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
                            <TextField select size="small" label={translate('resources.tickets.fields.serviceId')} value={serviceId} onChange={e => setServiceId(e.target.value)} sx={{ minWidth: 260 }}>
                                {here.map(s => <MenuItem key={s.id} value={s.id}>{s.prefix} · {s.name}</MenuItem>)}
                            </TextField>
                            <TextField select size="small" label={translate('resources.tickets.fields.category')} value={category} onChange={e => setCategory(e.target.value as 'general' | 'preferential')} sx={{ minWidth: 200 }}>
                                <MenuItem value="general">{translate('csa.queue.category.general')}</MenuItem>
                                <MenuItem value="preferential">{translate('csa.queue.category.preferential')}</MenuItem>
                            </TextField>
                            <Button variant="contained" disabled={!serviceId || pending} onClick={() => void issue()}>{translate('csa.queue.issue')}</Button>
                        </Stack>
                        {issued && <Alert severity="success" sx={{ mt: 2 }}>{issued}</Alert>}
                    </CardContent>
                </Card>
                {board && (
                    <Card>
                        <CardContent sx={{ overflowX: 'auto' }}>
                            <Table size="small" aria-label={translate('csa.queue.waiting_now')}>
                                <TableHead>
                                    <TableRow>
                                        <TableCell>{translate('resources.tickets.fields.serviceId')}</TableCell>
                                        <TableCell align="right">{translate('csa.queue.waiting_now')}</TableCell>
                                        <TableCell align="right">{translate('csa.queue.longest')}</TableCell>
                                        <TableCell align="right">{translate('csa.queue.open_counters')}</TableCell>
                                    </TableRow>
                                </TableHead>
                                <TableBody>
                                    {board.services.map(s => (
                                        <TableRow key={s.id}>
                                            <TableCell>{s.prefix} · {s.name}</TableCell>
                                            <TableCell align="right">{s.waiting}</TableCell>
                                            <TableCell align="right">{s.longestWaitMinutes === null ? '—' : translate('csa.queue.minutes', { smart_count: s.longestWaitMinutes })}</TableCell>
                                            <TableCell align="right">{s.open} / {s.counters}</TableCell>
                                        </TableRow>
                                    ))}
                                </TableBody>
                            </Table>
                            <Typography variant="body2" sx={{ mt: 1 }}>
                                {board.counters.map(c => `${c.label}: ${c.ticketCode ?? (c.pausedReason ? `${translate('csa.queue.pause')} (${c.pausedReason})` : c.clerkName ?? '—')}`).join(' · ')}
                            </Typography>
                        </CardContent>
                    </Card>
                )}
                <Card>
                    <CardContent sx={{ overflowX: 'auto' }}>
                        <TextField size="small" label={translate('csa.queue.reason')} value={reason} onChange={e => setReason(e.target.value)} sx={{ mb: 1, minWidth: 320 }} />
                        <Table size="small">
                            <TableBody>
                                {waiting.map(t => (
                                    <TableRow key={t.id}>
                                        <TableCell><strong>{t.code}</strong></TableCell>
                                        <TableCell>{t.serviceName}</TableCell>
                                        <TableCell>{translate(`csa.queue.category.${t.category}`)}</TableCell>
                                        <TableCell>
                                            <TextField select size="small" label={translate('csa.queue.call_here')} value={target[t.id] ?? ''} onChange={e => setTarget({ ...target, [t.id]: e.target.value })} sx={{ minWidth: 180 }}>
                                                {board?.counters.map(c => <MenuItem key={c.id} value={c.id}>{c.label}</MenuItem>)}
                                            </TextField>
                                            <Button disabled={!target[t.id] || !reason.trim() || pending} onClick={() => void act(`/counters/${target[t.id]}/call`, { ticketId: t.id, reason: reason.trim() })}>
                                                {translate('csa.queue.call_here')}
                                            </Button>
                                        </TableCell>
                                        <TableCell>
                                            <Button color="warning" disabled={pending} onClick={() => void act(`/tickets/${t.id}/cancel`)}>{translate('csa.queue.cancel')}</Button>
                                        </TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    </CardContent>
                </Card>
            </Stack>
        </Box>
    );
};

export default ReceptionPage;
