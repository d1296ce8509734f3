import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Paper, Rating, Stack, TextField, Typography } from '@mui/material';
import { ApiError, call, listen, type PublicTicket } from './api';

const STATUS: Record<PublicTicket['status'], string> = {
    waiting: 'En espera',
    called: '¡Es su turno!',
    serving: 'En atención',
    done: 'Atención terminada',
    no_show: 'No se presentó al llamado',
    cancelled: 'Turno cancelado',
    transferred: 'Transferido',
};

/** The citizen's phone: its ticket live, nothing else; the rating once served. No login, nothing stored. */
const TicketPage = ({ token }: { token: string }) => {
    const [ticket, setTicket] = useState<PublicTicket | null>(null);
    const [error, setError] = useState<string | null>(null);
    const [rating, setRating] = useState<number | null>(null);
    const [comment, setComment] = useState('');
    const [thanks, setThanks] = useState<string | null>(null);
    const last = useRef(0);

    const load = useCallback(
        () =>
            call<PublicTicket>(`/public/tickets/${encodeURIComponent(token)}`)
                .then(t => {
                    setTicket(previous => {
                        if (t.status === 'called' && previous?.status !== 'called') navigator.vibrate?.([300, 100, 300]);
                        return t;
                    });
                    setError(null);
                })
                .catch((e: Error) => setError(e instanceof ApiError && e.status === 404 ? 'El turno no existe o ya venció (vale sólo el día en que se entregó).' : e.message)),
        [token],
    );

    useEffect(() => {
        document.title = 'Mi turno';
        void load();
    }, [load]);

    useEffect(() => {
        if (!ticket?.buildingCode) return;
        return listen(ticket.buildingCode, () => {
            const now = Date.now();
            if (now - last.current < 1000) return;
            last.current = now;
            void load();
        });
    }, [ticket?.buildingCode, load]);

    const rate = async () => {
        try {
            await call(`/public/tickets/${encodeURIComponent(token)}/rating`, { method: 'POST', body: JSON.stringify({ rating, comment: comment.trim() || null }) });
            setThanks('¡Gracias por calificar la atención!');
            void load();
        } catch (e) {
            setThanks((e as Error).message);
        }
    };

    if (error) return <Alert severity="error" sx={{ m: 2 }}>{error}</Alert>;
    if (!ticket) return <Typography sx={{ p: 2 }}>Cargando…</Typography>;
    return (
        <Box component="main" sx={{ maxWidth: 480, mx: 'auto', p: 2 }}>
            <Paper sx={{ p: 3, textAlign: 'center' }}>
                <Typography variant="body1">{ticket.agencyAcronym} · {ticket.serviceName}</Typography>
                <Typography component="h1" sx={{ fontSize: 64, fontWeight: 800 }}>{ticket.code}</Typography>
                <Box role="status" aria-live="assertive">
                    <Typography variant="h5" sx={{ fontWeight: 700, color: ticket.status === 'called' ? 'primary.main' : 'text.primary' }}>
                        {STATUS[ticket.status]}
                    </Typography>
                    {ticket.status === 'called' && ticket.counterLabel && <Typography variant="h5">Pase a {ticket.counterLabel}</Typography>}
                </Box>
                {ticket.status === 'waiting' && ticket.position !== undefined && (
                    <Typography sx={{ mt: 2 }}>
                        Lugar en la fila: <strong>{ticket.position}</strong> · espera estimada: <strong>{ticket.estimatedWaitMinutes} min</strong>
                    </Typography>
                )}
            </Paper>
            {ticket.status === 'done' && !ticket.rated && !thanks && (
                <Paper component="form" sx={{ p: 3, mt: 2 }} onSubmit={e => { e.preventDefault(); void rate(); }}>
                    <Typography component="h2" variant="h6">¿Cómo le atendieron?</Typography>
                    <Typography variant="body2" color="text.secondary">Su calificación es anónima.</Typography>
                    <Stack spacing={2} sx={{ mt: 1 }}>
                        <Rating name="rating" value={rating} onChange={(_, v) => setRating(v)} size="large" getLabelText={v => `${v} de 5`} />
                        <TextField label="Comentario (opcional)" value={comment} onChange={e => setComment(e.target.value)} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 1000 } }} />
                        <Button type="submit" variant="contained" disabled={!rating}>Enviar calificación</Button>
                    </Stack>
                </Paper>
            )}
            {thanks && <Alert severity="success" sx={{ mt: 2 }}>{thanks}</Alert>}
        </Box>
    );
};

export default TicketPage;
