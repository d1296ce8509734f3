import { useCallback, useId, useState, type FormEvent } from 'react';
import { Alert, Box, Button, CircularProgress, Paper, TextField, Typography } from '@mui/material';
import { formatDay, t } from './messages';
import { fetchAnswer, PublicApiError, type SuggestionAnswer } from './publicApi';

/** "Consultar respuesta": the status and the answer of a comment, by its folio. */
export const FolioLookup = ({
    folio: given = '',
    lookup = fetchAnswer,
}: {
    /** The folio just received; give the component a `key` of it so a new folio fills the field. */
    folio?: string;
    lookup?: typeof fetchAnswer;
}) => {
    const inputId = useId();
    const [folio, setFolio] = useState(given);
    const [answer, setAnswer] = useState<SuggestionAnswer | null>(null);
    const [error, setError] = useState<string | null>(null);
    const [loading, setLoading] = useState(false);

    const search = useCallback(async (value: string) => {
        const f = value.trim();
        setAnswer(null);
        setError(null);
        if (!f) {
            setError(t('csa.public.lookup.empty'));
            return;
        }
        setLoading(true);
        try {
            setAnswer(await lookup(f));
        } catch (e) {
            const status = e instanceof PublicApiError ? e.status : 0;
            setError(
                status === 404 || status === 400
                    ? t('csa.public.lookup.not_found', { folio: f.toUpperCase() })
                    : status === 429
                      ? (e as PublicApiError).message || t('csa.public.box.errors.too_many')
                      : t('csa.public.box.errors.network'),
            );
        } finally {
            setLoading(false);
        }
    }, [lookup]);

    const submit = (e: FormEvent) => {
        e.preventDefault();
        void search(folio);
    };

    return (
        <Paper component="section" aria-labelledby={`${inputId}-title`} variant="outlined" sx={{ p: 2 }}>
            <Typography id={`${inputId}-title`} variant="h5" component="h2" gutterBottom>
                {t('csa.public.lookup.title')}
            </Typography>
            <Box component="form" onSubmit={submit} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
                <TextField
                    id={inputId}
                    label={t('csa.public.lookup.folio')}
                    value={folio}
                    onChange={e => setFolio(e.target.value)}
                    placeholder="BZ-XXXX-XXXX-XXXX"
                    slotProps={{ htmlInput: { maxLength: 30, autoCapitalize: 'characters', spellCheck: false } }}
                    sx={{ flex: '1 1 240px', maxWidth: 360 }}
                />
                <Button type="submit" variant="outlined" sx={{ mt: 1 }} disabled={loading}>
                    {t('csa.public.lookup.button')}
                </Button>
            </Box>
            <Box aria-live="polite" sx={{ mt: 2 }}>
                {loading ? <CircularProgress size={24} aria-label={t('csa.public.loading')} /> : null}
                {error ? <Alert severity="warning">{error}</Alert> : null}
                {answer ? (
                    <Box data-testid="lookup-result">
                        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 2, rowGap: 0.5, m: 0, '& dt': { fontWeight: 700 }, '& dd': { m: 0 } }}>
                            <dt>{t('csa.public.lookup.folio')}</dt>
                            <dd>{answer.folio}</dd>
                            <dt>{t('csa.public.lookup.center')}</dt>
                            <dd>{answer.buildingName}</dd>
                            <dt>{t('csa.public.box.category')}</dt>
                            <dd>{t(`csa.public.category.${answer.category}`)}</dd>
                            <dt>{t('csa.public.lookup.received')}</dt>
                            <dd>{formatDay(answer.createdOn)}</dd>
                            <dt>{t('csa.public.lookup.status')}</dt>
                            <dd data-testid="lookup-status">{t(`csa.public.status.${answer.status}`)}</dd>
                        </Box>
                        {answer.answer ? (
                            <Alert severity="success" icon={false} sx={{ mt: 2 }}>
                                <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
                                    {t('csa.public.lookup.answer', { date: formatDay(answer.answeredOn) })}
                                </Typography>
                                <Typography data-testid="lookup-answer" sx={{ whiteSpace: 'pre-wrap' }}>
                                    {answer.answer}
                                </Typography>
                            </Alert>
                        ) : (
                            <Alert severity="info" sx={{ mt: 2 }}>
                                {t('csa.public.lookup.no_answer')}
                            </Alert>
                        )}
                    </Box>
                ) : null}
            </Box>
        </Paper>
    );
};
