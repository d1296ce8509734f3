import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { type Board, call, formatTime, listen } from './api';
import { AnnouncementQueue, browserSpeaker, chime, spokenCall } from './speech';

/**
 * The waiting room's screen: the last calls, the newest highlighted, each one chimed and spoken
 * once, one at a time; and how many wait per line. No login.
 */
const PanelPage = ({ buildingCode }: { buildingCode: string }) => {
    const [board, setBoard] = useState<Board | null>(null);
    const [error, setError] = useState<string | null>(null);
    const [sound, setSound] = useState(false);
    const [spoken, setSpoken] = useState('');
    const audio = useRef<AudioContext | undefined>(undefined);
    const soundOn = useRef(false);
    const queue = useMemo(
        () =>
            new AnnouncementQueue(async text => {
                setSpoken(text);
                if (!soundOn.current) return;
                await chime(audio.current);
                await browserSpeaker.speak(text);
            }),
        [],
    );

    const load = useCallback(
        () =>
            call<Board>(`/public/queue/${encodeURIComponent(buildingCode)}`)
                .then(b => {
                    setBoard(b);
                    setError(null);
                })
                .catch((e: Error) => setError(e.message)),
        [buildingCode],
    );

    useEffect(() => {
        document.title = `Turnos · ${buildingCode}`;
        void load();
        return listen(buildingCode, event => {
            if ((event.action === 'called' || event.action === 'recalled') && event.code) {
                void queue.push(spokenCall(event.code, event.counter));
            }
            void load();
        });
    }, [buildingCode, load, queue]);

    const enableSound = () => {
        audio.current = new AudioContext();
        soundOn.current = true;
        setSound(true);
    };

    if (error && !board) return <Alert severity="error" sx={{ m: 4, fontSize: 24 }}>{error}</Alert>;
    const [latest, ...earlier] = board?.calls ?? [];
    return (
        <Box component="main" sx={{ minHeight: '100vh', bgcolor: '#1d1d1b', color: '#fff', p: { xs: 2, md: 4 }, display: 'flex', flexDirection: 'column', gap: 3 }}>
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
                <Typography component="h1" sx={{ fontSize: { xs: 28, md: 40 }, fontWeight: 700 }}>
                    {board?.buildingName ?? buildingCode}
                </Typography>
                {!sound && (
                    <Button variant="contained" size="large" onClick={enableSound} sx={{ fontSize: 22 }}>
                        Activar sonido
                    </Button>
                )}
            </Stack>
            <Box aria-live="assertive" role="status" sx={{ position: 'absolute', left: -10000 }}>
                {spoken}
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' }, gap: 3, flexGrow: 1 }}>
                <Paper sx={{ p: 4, bgcolor: '#8A2036', color: '#fff', display: 'flex', flexDirection: 'column', justifyContent: 'center', alignItems: 'center' }}>
                    {latest ? (
                        <>
                            <Typography sx={{ fontSize: 32 }}>Turno</Typography>
                            <Typography data-testid="latest-code" sx={{ fontSize: { xs: 96, md: 160 }, fontWeight: 800, lineHeight: 1, '@media (prefers-reduced-motion: no-preference)': { animation: 'pulse 1.5s ease-in-out 3' }, '@keyframes pulse': { '50%': { opacity: 0.55 } } }}>
                                {latest.code}
                            </Typography>
                            <Typography sx={{ fontSize: { xs: 36, md: 56 }, fontWeight: 700 }}>{latest.counter}</Typography>
                            <Typography sx={{ fontSize: 24 }}>{latest.service}</Typography>
                        </>
                    ) : (
                        <Typography sx={{ fontSize: 40 }}>Espere su turno</Typography>
                    )}
                </Paper>
                <Paper sx={{ p: 3, bgcolor: '#2b2b29', color: '#fff' }}>
                    <Typography component="h2" sx={{ fontSize: 28, fontWeight: 700, mb: 1 }}>Llamados anteriores</Typography>
                    <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
                        {earlier.slice(0, 6).map(c => (
                            <Box component="li" key={c.id} sx={{ display: 'flex', justifyContent: 'space-between', fontSize: 30, py: 1, borderBottom: '1px solid #555' }}>
                                <strong>{c.code}</strong>
                                <span>{c.counter}</span>
                                <span>{formatTime(c.at)}</span>
                            </Box>
                        ))}
                    </Box>
                </Paper>
            </Box>
            <Box component="section" aria-label="Personas en espera" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
                {board?.services.map(s => (
                    <Paper key={s.id} sx={{ px: 2, py: 1, bgcolor: '#2b2b29', color: '#fff', fontSize: 22 }}>
                        {s.prefix} · {s.agencyAcronym}: {s.waiting} en espera
                    </Paper>
                ))}
            </Box>
        </Box>
    );
};

export default PanelPage;
