import { useEffect, useId, useState, type FormEvent } from 'react';
import { Alert, Box, Button, CircularProgress, Link, TextField, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { CenterCard } from './CenterCard';
import { t } from './messages';
import { fetchCenters, HSDS_URL, type PublicCenter } from './publicApi';

const initialQuery = () => new URLSearchParams(window.location.search).get('q') ?? '';

/** Keeps the search in the address (shareable), without a new history entry per keystroke. */
const rememberQuery = (q: string) => {
    const url = new URL(window.location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url.pathname + url.search);
};

/**
 * "Directorio de los CSA": which CSA offers which agency's procedures, with address, hours and
 * services on site, searchable by procedure or agency (the API ignores case and accents).
 */
export const DirectoryPage = ({ load = fetchCenters }: { load?: typeof fetchCenters }) => {
    const inputId = useId();
    const [text, setText] = useState(initialQuery);
    const [query, setQuery] = useState(text);
    const [centers, setCenters] = useState<PublicCenter[] | null>(null);
    const [loading, setLoading] = useState(true);
    const [error, setError] = useState(false);

    // Search as the citizen types, a moment after the last key.
    useEffect(() => {
        const timer = setTimeout(() => setQuery(text.trim()), 350);
        return () => clearTimeout(timer);
    }, [text]);

    useEffect(() => {
        const controller = new AbortController();
        setLoading(true);
        setError(false);
        load(query, controller.signal)
            .then(data => {
                setCenters(data);
                setLoading(false);
            })
            .catch(() => {
                if (controller.signal.aborted) return;
                setError(true);
                setLoading(false);
            });
        if (typeof window !== 'undefined') rememberQuery(query);
        return () => controller.abort();
    }, [load, query]);

    const submit = (e: FormEvent) => {
        e.preventDefault();
        setQuery(text.trim());
    };

    return (
        <Box>
            <Typography variant="h4" component="h1" gutterBottom sx={{ fontSize: { xs: '1.6rem', sm: '2.125rem' } }}>
                {t('csa.public.directory.title')}
            </Typography>
            <Typography variant="body1" sx={{ mb: 2, maxWidth: 860 }}>
                {t('csa.public.directory.intro')}
            </Typography>
            <Box component="form" role="search" onSubmit={submit} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start', mb: 2 }}>
                <TextField
                    id={inputId}
                    type="search"
                    label={t('csa.public.directory.search')}
                    helperText={t('csa.public.directory.search_help')}
                    value={text}
                    onChange={e => setText(e.target.value)}
                    sx={{ flex: '1 1 320px', maxWidth: 560 }}
                    slotProps={{ htmlInput: { maxLength: 100 } }}
                />
                <Button type="submit" variant="contained" startIcon={<SearchIcon />} sx={{ mt: 1 }}>
                    {t('csa.public.directory.search_button')}
                </Button>
            </Box>
            <Box aria-live="polite" role="status" sx={{ mb: 2, minHeight: 28 }}>
                {loading ? (
                    <CircularProgress size={24} aria-label={t('csa.public.loading')} />
                ) : error ? (
                    <Alert severity="error">{t('csa.public.directory.load_error')}</Alert>
                ) : centers ? (
                    <Typography data-testid="result-count">
                        {query
                            ? t('csa.public.directory.found', { smart_count: centers.length, q: query })
                            : t('csa.public.directory.all', { smart_count: centers.length })}
                    </Typography>
                ) : null}
            </Box>
            {centers && centers.length === 0 && !loading && !error ? (
                <Alert severity="info" sx={{ mb: 2 }}>
                    {t('csa.public.directory.none')}
                </Alert>
            ) : null}
            <Box sx={{ display: 'grid', gap: 2 }}>
                {(centers ?? []).map(c => (
                    <CenterCard key={c.code} center={c} query={query} />
                ))}
            </Box>
            <Typography variant="body2" sx={{ mt: 3 }}>
                {t('csa.public.directory.open_data')}{' '}
                <Link href={HSDS_URL} type="application/json">
                    {t('csa.public.directory.hsds_link')}
                </Link>
            </Typography>
        </Box>
    );
};

export default DirectoryPage;
