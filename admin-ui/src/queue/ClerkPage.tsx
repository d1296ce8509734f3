import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Card, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Title, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { useApiCall } from '../common/useApiCall';
import { type Counter, listQuery, queueGet, queuePost, type Ticket, useQueueStream } from './api';

const minutesSince = (iso: string | null) => (iso ? Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60000)) : 0);
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());

/**
 * «Mi ventanilla»: the clerk signs in to one of its agency's counters and works its line — call
 * next (the product chooses), call again, serve, finish, no-show, transfer, pause — live.
 */
const ClerkPage = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const { identity } = useGetIdentity();
    const { run, pending } = useApiCall();
    const [counters, setCounters] = useState<Counter[]>([]);
    const [counterId, setCounterId] = useState('');
    const [current, setCurrent] = useState<Ticket | null>(null);
    const [waiting, setWaiting] = useState<Ticket[]>([]);
    const [services, setServices] = useState<{ id: string; name: string; prefix: string }[]>([]);
    const [transferTo, setTransferTo] = useState('');
    const [reason, setReason] = useState('');
    const counter = counters.find(c => c.id === counterId) ?? null;
    const mine = !!counter && !!identity && counter.clerkId === identity.id;

    const refresh = useCallback(async () => {
        const list = await queueGet<Counter[]>(`/counters?${listQuery({}, ['label', 'ASC'])}`);
        setCounters(list);
        const signed = list.find(c => identity && c.clerkId === identity.id);
        if (signed) setCounterId(id => id || signed.id);
        const chosen = list.find(c => c.id === (counterId || signed?.id));
        if (!chosen) return;
        setCurrent(chosen.currentTicketId ? await queueGet<Ticket>(`/tickets/${chosen.currentTicketId}`) : null);
        setWaiting(await queueGet<Ticket[]>(`/tickets?${listQuery({ buildingId: chosen.buildingId, status: 'waiting', day: today() }, ['issuedAt', 'ASC'], [0, 99])}`));
        setServices(await queueGet(`/queue-services?${listQuery({ buildingId: chosen.buildingId, active: true }, ['prefix', 'ASC'])}`));
    }, [counterId, identity]);

    useEffect(() => {
        if (identity) void refresh().catch(() => undefined);
    }, [identity, refresh]);
    useQueueStream(counter?.buildingId, () => void refresh().catch(() => undefined));

    const act = (path: string, body?: unknown) => run(async () => {
        await queuePost(path, body);
        await refresh();
    });
    const callNext = () => run(async () => {
        const ticket = await queuePost<Ticket>(`/counters/${counterId}/call-next`);
        if (!ticket) notify('csa.queue.nobody', { type: 'info' });
        await refresh();
    });

    useEffect(() => {
        const onKey = (e: KeyboardEvent) => {
            if (!mine || pending || (e.target as HTMLElement).closest('input, textarea, [role=combobox]')) return;
            if (e.key === 'n' && !current) void callNext();
            if (e.key === 'r' && current?.status === 'called') void act(`/tickets/${current.id}/recall`);
        };
        window.addEventListener('keydown', onKey);
        return () => window.removeEventListener('keydown', onKey);
    });

    const ticketServices = new Set(counter?.serviceIds ?? []);
    return (
        <Box sx={{ mt: 1, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' } }}>
            <Title title={translate('csa.queue.clerk')} />
            <Card>
                <CardContent>
                    <Stack spacing={2}>
                        <TextField select label={translate('csa.queue.choose_counter')} value={counterId} onChange={e => setCounterId(e.target.value)} sx={{ maxWidth: 360 }}>
                            {counters.map(c => (
                                <MenuItem key={c.id} value={c.id}>
                                    {c.label} · {c.agencyAcronym}{c.clerkName ? ` (${c.clerkName})` : ''}
                                </MenuItem>
                            ))}
                        </TextField>
                        {counter && !mine ? (
                            <Button variant="contained" size="large" disabled={pending || (!!counter.clerkId && !mine)} onClick={() => void act(`/counters/${counter.id}/sign-in`)}>
                                {translate('csa.queue.sign_in')}
                            </Button>
                        ) : null}
                        {mine && counter ? (
                            <>
                                <Box role="status" aria-live="assertive" sx={{ p: 3, bgcolor: 'action.hover', borderRadius: 1, textAlign: 'center' }}>
                                    {current ? (
                                        <>
                                            <Typography variant="overline">{translate('csa.queue.current')}</Typography>
                                            <Typography data-testid="current-code" sx={{ fontSize: 64, fontWeight: 800, lineHeight: 1 }}>{current.code}</Typography>
                                            <Typography>{current.serviceName}</Typography>
                                            <Stack direction="row" spacing={1} sx={{ justifyContent: 'center', mt: 1 }}>
                                                <Chip label={translate(`csa.queue.status.${current.status}`)} color="primary" />
                                                <Chip label={translate(`csa.queue.category.${current.category}`)} />
                                                <Chip label={translate('csa.queue.minutes', { smart_count: minutesSince(current.issuedAt) })} />
                                            </Stack>
                                        </>
                                    ) : (
                                        <Typography>{translate('csa.queue.none_current')}</Typography>
                                    )}
                                </Box>
                                {counter.pausedReason ? (
                                    <Button variant="contained" onClick={() => void act(`/counters/${counter.id}/resume`)} disabled={pending}>{translate('csa.queue.resume')}</Button>
                                ) : !current ? (
                                    <Button variant="contained" size="large" onClick={() => void callNext()} disabled={pending} sx={{ minHeight: 64, fontSize: 22 }}>
                                        {translate('csa.queue.call_next')} <Typography component="span" variant="caption" sx={{ ml: 1 }}>({translate('csa.queue.shortcut', { key: 'N' })})</Typography>
                                    </Button>
                                ) : (
                                    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                                        {current.status === 'called' ? (
                                            <>
                                                <Button variant="contained" onClick={() => void act(`/tickets/${current.id}/start`)} disabled={pending}>{translate('csa.queue.start')}</Button>
                                                <Button onClick={() => void act(`/tickets/${current.id}/recall`)} disabled={pending}>{translate('csa.queue.recall')}</Button>
                                                <Button color="warning" onClick={() => void act(`/tickets/${current.id}/no-show`)} disabled={pending}>{translate('csa.queue.no_show')}</Button>
                                            </>
                                        ) : (
                                            ['served', 'not_completed', 'referred'].map(outcome => (
                                                <Button key={outcome} variant={outcome === 'served' ? 'contained' : 'outlined'} disabled={pending}
                                                    onClick={() => void act(`/tickets/${current.id}/finish`, { outcome })}>
                                                    {translate('csa.queue.finish')}: {translate(`csa.queue.outcome.${outcome}`)}
                                                </Button>
                                            ))
                                        )}
                                        <TextField select size="small" label={translate('csa.queue.transfer_to')} value={transferTo} onChange={e => setTransferTo(e.target.value)} sx={{ minWidth: 220 }}>
                                            {services.filter(s => s.id !== current.serviceId).map(s => <MenuItem key={s.id} value={s.id}>{s.prefix} · {s.name}</MenuItem>)}
                                        </TextField>
                                        <Button disabled={!transferTo || pending} onClick={() => void act(`/tickets/${current.id}/transfer`, { serviceId: transferTo })}>{translate('csa.queue.transfer')}</Button>
                                    </Stack>
                                )}
                                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                                    {!counter.pausedReason ? (
                                        <>
                                            <TextField size="small" label={translate('csa.queue.pause_reason')} value={reason} onChange={e => setReason(e.target.value)} />
                                            <Button disabled={!reason.trim() || pending} onClick={() => void act(`/counters/${counter.id}/pause`, { reason: reason.trim() })}>{translate('csa.queue.pause')}</Button>
                                        </>
                                    ) : null}
                                    <Button color="inherit" disabled={!!current || pending} onClick={() => void act(`/counters/${counter.id}/sign-out`)}>{translate('csa.queue.sign_out')}</Button>
                                </Stack>
                            </>
                        ) : null}
                    </Stack>
                </CardContent>
            </Card>
            <Card>
                <CardContent>
                    <Typography variant="h6" component="h2">{translate('csa.queue.waiting_now')}: {waiting.filter(t => ticketServices.has(t.serviceId)).length}</Typography>
                    <Box component="ol" sx={{ pl: 3 }}>
                        {waiting.filter(t => ticketServices.has(t.serviceId)).slice(0, 30).map(t => (
                            <li key={t.id}>
                                <strong>{t.code}</strong> · {translate(`csa.queue.category.${t.category}`)} · {translate('csa.queue.minutes', { smart_count: minutesSince(t.issuedAt) })}
                            </li>
                        ))}
                    </Box>
                </CardContent>
            </Card>
        </Box>
    );
};

export default ClerkPage;
