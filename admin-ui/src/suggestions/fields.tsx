import { Chip, Rating, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

const statusColors = {
    new: { bg: '#8A2036', fg: '#FFFFFF' },
    in_review: { bg: '#8F5500', fg: '#FFFFFF' },
    answered: { bg: '#2E7D32', fg: '#FFFFFF' },
    closed: { bg: '#545454', fg: '#FFFFFF' },
} as const;

export const SuggestionStatusField = (_props: Partial<FieldProps>) => {
    const record = useRecordContext<{ status?: keyof typeof statusColors }>();
    const translate = useTranslate();
    if (!record?.status) return null;
    const c = statusColors[record.status] ?? statusColors.closed;
    return <Chip size="small" label={translate(`csa.suggestion.status.${record.status}`)} sx={{ bgcolor: c.bg, color: c.fg, fontWeight: 600 }} />;
};

/** The 1–5 rating as stars, with its number for screen readers. */
export const RatingField = (_props: Partial<FieldProps>) => {
    const record = useRecordContext<{ rating?: number }>();
    const translate = useTranslate();
    if (!record?.rating) return null;
    return (
        <Rating
            value={record.rating}
            readOnly
            size="small"
            aria-label={translate('csa.suggestion.rating_value', { rating: record.rating })}
            sx={{ color: '#8C6A3A' }}
        />
    );
};

export const CategoryField = (_props: Partial<FieldProps>) => {
    const record = useRecordContext<{ category?: string }>();
    const translate = useTranslate();
    return record?.category ? (
        <Typography component="span" variant="body2">
            {translate(`csa.public.category.${record.category}`)}
        </Typography>
    ) : null;
};
