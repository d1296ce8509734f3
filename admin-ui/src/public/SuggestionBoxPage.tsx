import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
    Alert,
    Box,
    Button,
    CircularProgress,
    FormControl,
    FormControlLabel,
    FormHelperText,
    FormLabel,
    Link,
    Paper,
    Radio,
    RadioGroup,
    TextField,
    Typography,
} from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { FolioLookup } from './FolioLookup';
import { formatDay, t } from './messages';
import { fetchAnswer, fetchCenters, PublicApiError, sendSuggestion, type PublicCenter, type SuggestionReceipt } from './publicApi';
import {
    CATEGORIES,
    counterText,
    TEXT_MAX,
    validateSuggestion,
    type SuggestionErrors,
    type SuggestionValues,
} from './suggestionForm';

const FIELDS: (keyof SuggestionValues)[] = ['buildingCode', 'agencyId', 'category', 'rating', 'text'];
const RATINGS = [1, 2, 3, 4, 5];

const empty = (buildingCode = ''): SuggestionValues => ({ buildingCode, agencyId: '', category: '', rating: null, text: '' });

/**
 * "Buzón digital": an anonymous comment about a CSA (optionally about one agency), with a
 * category and a 1–5 rating. The citizen gets a folio to look up the answer.
 */
export const SuggestionBoxPage = ({
    loadCenters = fetchCenters,
    send = sendSuggestion,
    lookup = fetchAnswer,
}: {
    loadCenters?: typeof fetchCenters;
    send?: typeof sendSuggestion;
    lookup?: typeof fetchAnswer;
}) => {
    const id = useId();
    const [centers, setCenters] = useState<PublicCenter[]>([]);
    const [centersError, setCentersError] = useState(false);
    const [values, setValues] = useState<SuggestionValues>(() =>
        empty((new URLSearchParams(window.location.search).get('csa') ?? '').toUpperCase()),
    );
    const [errors, setErrors] = useState<SuggestionErrors>({});
    const [formError, setFormError] = useState<string | null>(null);
    const [sending, setSending] = useState(false);
    const [receipt, setReceipt] = useState<SuggestionReceipt | null>(null);
    const receiptRef = useRef<HTMLHeadingElement>(null);
    const fieldRefs = useRef<Partial<Record<keyof SuggestionValues, HTMLElement | null>>>({});

    useEffect(() => {
        loadCenters()
            .then(setCenters)
            .catch(() => setCentersError(true));
    }, [loadCenters]);

    useEffect(() => {
        if (receipt) receiptRef.current?.focus();
    }, [receipt]);

    const center = centers.find(c => c.code === values.buildingCode);
    const set = <K extends keyof SuggestionValues>(key: K, value: SuggestionValues[K]) => {
        setValues(v => ({ ...v, [key]: value, ...(key === 'buildingCode' ? { agencyId: '' } : {}) }));
        setErrors(e => ({ ...e, [key]: undefined }));
    };

    const focusFirst = (found: SuggestionErrors) => {
        const first = FIELDS.find(f => found[f]);
        if (first) fieldRefs.current[first]?.focus();
    };

    const submit = async (e: FormEvent) => {
        e.preventDefault();
        setFormError(null);
        const found = validateSuggestion(values);
        setErrors(found);
        if (Object.keys(found).length > 0) {
            focusFirst(found);
            return;
        }
        setSending(true);
        try {
            const result = await send({
                buildingCode: values.buildingCode,
                ...(values.agencyId ? { agencyId: values.agencyId } : {}),
                category: values.category,
                rating: values.rating as number,
                text: values.text.trim(),
            });
            setReceipt(result);
            setValues(empty(values.buildingCode));
            setErrors({});
        } catch (err) {
            const status = err instanceof PublicApiError ? err.status : 0;
            if (status === 400 && err instanceof PublicApiError && Object.keys(err.fieldErrors).length > 0) {
                const mapped: SuggestionErrors = {};
                const other: string[] = [];
                for (const [field, message] of Object.entries(err.fieldErrors)) {
                    if ((FIELDS as string[]).includes(field)) mapped[field as keyof SuggestionValues] = message;
                    else other.push(message);
                }
                setErrors(mapped);
                setFormError(other.length > 0 ? other.join(' ') : err.message || null);
                focusFirst(mapped);
            } else if (status === 429) {
                setFormError((err as PublicApiError).message || t('csa.public.box.errors.too_many'));
            } else if (status > 0) {
                setFormError((err as PublicApiError).message || t('csa.public.box.errors.network'));
            } else {
                setFormError(t('csa.public.box.errors.network'));
            }
        } finally {
            setSending(false);
        }
    };

    const counterId = `${id}-counter`;
    const textHelpId = `${id}-text-help`;

    return (
        <Box sx={{ display: 'grid', gap: 3 }}>
            <Box>
                <Typography variant="h4" component="h1" gutterBottom sx={{ fontSize: { xs: '1.6rem', sm: '2.125rem' } }}>
                    {t('csa.public.box.title')}
                </Typography>
                <Typography variant="body1" sx={{ maxWidth: 860 }}>
                    {t('csa.public.box.intro')}
                </Typography>
            </Box>
            <Alert severity="info" icon={<LockIcon />} data-testid="anonymity">
                <Typography component="p" sx={{ fontWeight: 700 }}>
                    {t('csa.public.box.anonymous_title')}
                </Typography>
                {t('csa.public.box.anonymous')}
            </Alert>

            {receipt ? (
                <Paper component="section" variant="outlined" aria-labelledby={`${id}-receipt`} sx={{ p: 3, borderColor: 'success.main', borderWidth: 2 }}>
                    <Typography id={`${id}-receipt`} ref={receiptRef} tabIndex={-1} variant="h5" component="h2" sx={{ outline: 'none' }}>
                        {t('csa.public.box.thanks')}
                    </Typography>
                    <Typography sx={{ mt: 1 }}>{t('csa.public.box.your_folio')}</Typography>
                    <Typography
                        data-testid="folio"
                        component="p"
                        sx={{ fontFamily: 'ui-monospace, "Roboto Mono", monospace', fontSize: { xs: '1.6rem', sm: '2.2rem' }, fontWeight: 700, letterSpacing: 2, color: 'primary.dark', my: 1, wordBreak: 'break-all' }}
                    >
                        {receipt.folio}
                    </Typography>
                    <Typography variant="body2">
                        {t('csa.public.box.keep_folio', { date: formatDay(receipt.createdOn) })}
                    </Typography>
                    <Box sx={{ display: 'flex', gap: 2, mt: 2, flexWrap: 'wrap' }}>
                        <Button variant="outlined" onClick={() => setReceipt(null)}>
                            {t('csa.public.box.another')}
                        </Button>
                    </Box>
                </Paper>
            ) : (
                <Paper component="section" variant="outlined" aria-labelledby={`${id}-form`} sx={{ p: { xs: 2, sm: 3 } }}>
                    <Typography id={`${id}-form`} variant="h5" component="h2" gutterBottom>
                        {t('csa.public.box.form_title')}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                        {t('csa.public.box.required_note')}
                    </Typography>
                    <Box component="form" noValidate onSubmit={submit} sx={{ display: 'grid', gap: 2.5, maxWidth: 720 }}>
                        {centersError ? <Alert severity="error">{t('csa.public.directory.load_error')}</Alert> : null}
                        <TextField
                            select
                            required
                            id={`${id}-csa`}
                            label={t('csa.public.box.center')}
                            value={values.buildingCode}
                            onChange={e => set('buildingCode', e.target.value)}
                            error={Boolean(errors.buildingCode)}
                            helperText={errors.buildingCode}
                            inputRef={(el: HTMLElement | null) => {
                                fieldRefs.current.buildingCode = el;
                            }}
                            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                        >
                            <option value="">{t('csa.public.box.choose_center')}</option>
                            {centers.map(c => (
                                <option key={c.code} value={c.code}>
                                    {c.name} ({c.municipality})
                                </option>
                            ))}
                            {values.buildingCode && centers.length > 0 && !center ? (
                                <option value={values.buildingCode}>{values.buildingCode}</option>
                            ) : null}
                        </TextField>
                        <TextField
                            select
                            id={`${id}-agency`}
                            label={t('csa.public.box.agency')}
                            value={values.agencyId}
                            onChange={e => set('agencyId', e.target.value)}
                            error={Boolean(errors.agencyId)}
                            helperText={errors.agencyId ?? t('csa.public.box.agency_help')}
                            disabled={!center || center.agencies.length === 0}
                            inputRef={(el: HTMLElement | null) => {
                                fieldRefs.current.agencyId = el;
                            }}
                            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                        >
                            <option value="">{t('csa.public.box.no_agency')}</option>
                            {(center?.agencies ?? []).map(a => (
                                <option key={a.id} value={a.id}>
                                    {a.acronym} · {a.name}
                                </option>
                            ))}
                        </TextField>
                        <FormControl required error={Boolean(errors.category)} component="fieldset">
                            <FormLabel component="legend">{t('csa.public.box.category')}</FormLabel>
                            <RadioGroup row name="category" value={values.category} onChange={e => set('category', e.target.value)}>
                                {CATEGORIES.map((c, i) => (
                                    <FormControlLabel
                                        key={c}
                                        value={c}
                                        control={
                                            <Radio
                                                slotProps={{
                                                    input: {
                                                        ref:
                                                            i === 0
                                                                ? (el: HTMLInputElement | null) => {
                                                                      fieldRefs.current.category = el;
                                                                  }
                                                                : undefined,
                                                    },
                                                }}
                                            />
                                        }
                                        label={t(`csa.public.category.${c}`)}
                                    />
                                ))}
                            </RadioGroup>
                            {errors.category ? <FormHelperText>{errors.category}</FormHelperText> : null}
                        </FormControl>
                        <FormControl required error={Boolean(errors.rating)} component="fieldset">
                            <FormLabel component="legend">{t('csa.public.box.rating')}</FormLabel>
                            <RadioGroup
                                row
                                name="rating"
                                value={values.rating === null ? '' : String(values.rating)}
                                onChange={e => set('rating', Number(e.target.value))}
                            >
                                {RATINGS.map((r, i) => (
                                    <FormControlLabel
                                        key={r}
                                        value={String(r)}
                                        control={
                                            <Radio
                                                slotProps={{
                                                    input: {
                                                        ref:
                                                            i === 0
                                                                ? (el: HTMLInputElement | null) => {
                                                                      fieldRefs.current.rating = el;
                                                                  }
                                                                : undefined,
                                                    },
                                                }}
                                            />
                                        }
                                        label={t(`csa.public.rating.r${r}`)}
                                    />
                                ))}
                            </RadioGroup>
                            {errors.rating ? <FormHelperText>{errors.rating}</FormHelperText> : null}
                        </FormControl>
                        <Box>
                            <TextField
                                id={`${id}-text`}
                                required
                                fullWidth
                                multiline
                                minRows={5}
                                label={t('csa.public.box.text')}
                                value={values.text}
                                onChange={e => set('text', e.target.value)}
                                error={Boolean(errors.text)}
                                helperText={errors.text ?? t('csa.public.box.text_help', { min: 10 })}
                                inputRef={(el: HTMLElement | null) => {
                                    fieldRefs.current.text = el;
                                }}
                                slotProps={{
                                    htmlInput: { maxLength: TEXT_MAX, 'aria-describedby': `${textHelpId} ${counterId}` },
                                    formHelperText: { id: textHelpId },
                                }}
                            />
                            <Typography id={counterId} variant="body2" color="text.secondary" data-testid="counter" sx={{ textAlign: 'right', mt: 0.5 }}>
                                {counterText(values.text)}
                            </Typography>
                        </Box>
                        <Box aria-live="assertive">
                            {formError ? (
                                <Alert severity="error" data-testid="form-error">
                                    {formError}
                                </Alert>
                            ) : null}
                        </Box>
                        <Box>
                            <Button type="submit" variant="contained" size="large" disabled={sending} startIcon={sending ? <CircularProgress size={18} color="inherit" aria-label={t('csa.public.loading')} /> : null}>
                                {t('csa.public.box.send')}
                            </Button>
                        </Box>
                    </Box>
                </Paper>
            )}

            <FolioLookup key={receipt?.folio ?? ''} folio={receipt?.folio} lookup={lookup} />

            <Typography variant="body2">
                <Link href="/directorio">{t('csa.public.box.directory_link')}</Link>
            </Typography>
        </Box>
    );
};

export default SuggestionBoxPage;
