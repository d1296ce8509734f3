import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import QRCode from 'qrcode';
import { fetchCenters, type PublicCenter, type PublicProcedure } from '../public/publicApi';
import { ApiError, call } from './api';

interface KioskSession {
    accessToken: string;
    expiresAt: string;
}
interface Service {
    id: string;
    name: string;
    prefix: string;
    agencyId: string;
    agencyAcronym: string;
    agencyName: string;
    procedureIds: string[];
}
interface Issued {
    code: string;
    serviceName: string;
    position: number;
    estimatedWaitMinutes: number;
    statusToken: string;
}

const STORAGE = 'csa-kiosk.session';
const RESET_MS = 20_000;
const big = { minHeight: 72, fontSize: 24, justifyContent: 'flex-start', textAlign: 'left' } as const;

const saved = (): KioskSession | null => {
    try {
        const s = JSON.parse(sessionStorage.getItem(STORAGE) ?? 'null') as KioskSession | null;
        return s && new Date(s.expiresAt).getTime() > Date.now() ? s : null;
    } catch {
        return null;
    }
};

/**
 * The ticket kiosk of a CSA, for a device account: agency → procedure → its requirements →
 * category → the ticket, with the QR code of its status page and an 80 mm print layout.
 */
const KioskPage = ({ buildingCode }: { buildingCode: string }) => {
    const [session, setSession] = useState<KioskSession | null>(saved);
    const [services, setServices] = useState<Service[]>([]);
    const [center, setCenter] = useState<PublicCenter | null>(null);
    const [buildingId, setBuildingId] = useState<string | null>(null);
    const [service, setService] = useState<Service | null>(null);
    const [procedure, setProcedure] = useState<PublicProcedure | null>(null);
    const [ready, setReady] = useState(false);
    const [issued, setIssued] = useState<Issued | null>(null);
    const [qr, setQr] = useState('');
    const [error, setError] = useState<string | null>(null);

    const reset = useCallback(() => {
        setService(null);
        setProcedure(null);
        setReady(false);
        setIssued(null);
        setError(null);
    }, []);

    // The session lasts the day: renewed before it expires.
    useEffect(() => {
        if (!session) return;
        sessionStorage.setItem(STORAGE, JSON.stringify(session));
        const ms = Math.max(new Date(session.expiresAt).getTime() - Date.now() - 5 * 60_000, 10_000);
        const timer = setTimeout(() => {
            call<KioskSession>('/auth/refresh', { method: 'POST' }, session.accessToken).then(setSession).catch(() => setSession(null));
        }, ms);
        return () => clearTimeout(timer);
    }, [session]);

    useEffect(() => {
        document.title = `Kiosco de turnos · ${buildingCode}`;
        if (!session) return;
        void (async () => {
            try {
                const board = await call<{ buildingId: string }>(`/public/queue/${encodeURIComponent(buildingCode)}`);
                setBuildingId(board.buildingId);
                const filter = encodeURIComponent(JSON.stringify({ buildingId: board.buildingId, active: true }));
                setServices(await call<Service[]>(`/queue-services?filter=${filter}&range=[0,199]&sort=["prefix","ASC"]`, {}, session.accessToken));
                const centers = await fetchCenters();
                setCenter(centers.find(c => c.code === buildingCode) ?? null);
            } catch (e) {
                if (e instanceof ApiError && e.status === 401) setSession(null);
                else setError((e as Error).message);
            }
        })();
    }, [buildingCode, session]);

    useEffect(() => {
        if (!issued) return;
        void QRCode.toDataURL(`${window.location.origin}/turnos/t/${issued.statusToken}`, { margin: 1, width: 220 }).then(setQr);
        const timer = setTimeout(reset, RESET_MS);
        return () => clearTimeout(timer);
    }, [issued, reset]);

    const issue = async (category: 'general' | 'preferential') => {
        if (!session || !service || !buildingId) return;
        try {
            setIssued(
                await call<Issued>(
                    '/tickets',
                    { method: 'POST', body: JSON.stringify({ buildingId, serviceId: service.id, category, procedureId: procedure?.id ?? null }) },
                    session.accessToken,
                ),
            );
        } catch (e) {
            setError((e as Error).message);
        }
    };

    if (!session) return <KioskLogin onSession={setSession} />;
    const procedures = (s: Service) => center?.agencies.find(a => a.id === s.agencyId)?.procedures.filter(p => s.procedureIds.includes(p.id)) ?? [];

    return (
        <Box component="main" sx={{ maxWidth: 900, mx: 'auto', p: 3 }}>
            <Typography component="h1" variant="h4" sx={{ fontWeight: 700, mb: 2 }} className="no-print">
                Tome su turno
            </Typography>
            {error && <Alert severity="error" sx={{ mb: 2, fontSize: 20 }} action={<Button onClick={reset}>Volver</Button>}>{error}</Alert>}
            {issued ? (
                <Paper className="ticket" sx={{ p: 3, textAlign: 'center' }}>
                    <Typography sx={{ fontSize: 22 }}>{issued.serviceName}</Typography>
                    <Typography data-testid="ticket-code" sx={{ fontSize: 96, fontWeight: 800, lineHeight: 1.1 }}>{issued.code}</Typography>
                    <Typography sx={{ fontSize: 22 }}>
                        Lugar en la fila: {issued.position} · espera estimada: {issued.estimatedWaitMinutes} min
                    </Typography>
                    {qr && <img src={qr} alt="Código QR para seguir su turno en el teléfono" width={220} height={220} />}
                    <Typography variant="body2">Escanee el código para seguir su turno desde su teléfono.</Typography>
                    <Stack direction="row" spacing={2} sx={{ justifyContent: 'center', mt: 2 }} className="no-print">
                        <Button variant="contained" size="large" sx={{ minHeight: 64, fontSize: 22 }} onClick={() => window.print()}>Imprimir</Button>
                        <Button variant="outlined" size="large" sx={{ minHeight: 64, fontSize: 22 }} onClick={reset}>Terminar</Button>
                    </Stack>
                </Paper>
            ) : !service ? (
                <Stack spacing={2} role="group" aria-label="Unidades usuarias">
                    {services.map(s => (
                        <Button key={s.id} variant="outlined" sx={big} onClick={() => setService(s)}>
                            {s.agencyAcronym} — {s.agencyName}
                        </Button>
                    ))}
                </Stack>
            ) : !procedure && procedures(service).length > 0 ? (
                <Stack spacing={2}>
                    <Typography variant="h5">¿Qué trámite viene a realizar?</Typography>
                    {procedures(service).map(p => (
                        <Button key={p.id} variant="outlined" sx={big} onClick={() => setProcedure(p)}>{p.name}</Button>
                    ))}
                    <Button sx={big} onClick={reset}>← Volver</Button>
                </Stack>
            ) : procedure && !ready ? (
                <Stack spacing={2}>
                    <Typography variant="h5">¿Trae sus documentos?</Typography>
                    <Paper sx={{ p: 2, whiteSpace: 'pre-line', fontSize: 20 }}>{procedure.requirements || 'Este trámite no pide documentos.'}</Paper>
                    <Button variant="contained" sx={big} onClick={() => setReady(true)}>Sí, los traigo</Button>
                    <Button sx={big} onClick={reset}>No, volveré después</Button>
                </Stack>
            ) : (
                <Stack spacing={2}>
                    <Typography variant="h5">¿Qué tipo de atención necesita?</Typography>
                    <Button variant="contained" sx={big} onClick={() => void issue('general')}>General</Button>
                    <Button variant="contained" color="secondary" sx={big} onClick={() => void issue('preferential')}>
                        Atención preferente: personas adultas mayores, con discapacidad, embarazadas o con bebés en brazos
                    </Button>
                    <Button sx={big} onClick={reset}>← Volver</Button>
                </Stack>
            )}
            <style>{`@media print { @page { size: 80mm auto; margin: 4mm; } body * { visibility: hidden; } .ticket, .ticket * { visibility: visible; }
                .ticket { position: absolute; left: 0; top: 0; width: 72mm; box-shadow: none; } .no-print { display: none !important; } }`}</style>
        </Box>
    );
};

const KioskLogin = ({ onSession }: { onSession: (s: KioskSession) => void }) => {
    const [username, setUsername] = useState('');
    const [password, setPassword] = useState('');
    const [error, setError] = useState<string | null>(null);
    return (
        <Box component="main" sx={{ maxWidth: 420, mx: 'auto', p: 3 }}>
            <Paper component="form" sx={{ p: 3 }} onSubmit={e => {
                e.preventDefault();
                call<KioskSession>('/auth/login', { method: 'POST', body: JSON.stringify({ username, password }) })
                    .then(onSession)
                    .catch((err: Error) => setError(err.message));
            }}>
                <Typography component="h1" variant="h5" sx={{ mb: 2 }}>Iniciar el kiosco</Typography>
                <Stack spacing={2}>
                    <TextField label="Usuario del kiosco" value={username} onChange={e => setUsername(e.target.value)} autoComplete="username" required />
                    <TextField label="Contraseña" type="password" value={password} onChange={e => setPassword(e.target.value)} autoComplete="current-password" required />
                    {error && <Alert severity="error">{error}</Alert>}
                    <Button type="submit" variant="contained" size="large">Iniciar</Button>
                </Stack>
            </Paper>
        </Box>
    );
};

export default KioskPage;
