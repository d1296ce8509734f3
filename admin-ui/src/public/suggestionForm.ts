import { t } from './messages';

export const CATEGORIES = ['suggestion', 'complaint', 'praise', 'question', 'other'] as const;
export const TEXT_MIN = 10;
export const TEXT_MAX = 2000;

export interface SuggestionValues {
    buildingCode: string;
    agencyId: string;
    category: string;
    rating: number | null;
    text: string;
}

export type SuggestionErrors = Partial<Record<keyof SuggestionValues, string>>;

/** The checks the API also makes, so that the citizen learns before sending. */
export const validateSuggestion = (v: SuggestionValues): SuggestionErrors => {
    const errors: SuggestionErrors = {};
    if (!v.buildingCode) errors.buildingCode = t('csa.public.box.errors.building');
    if (!v.category) errors.category = t('csa.public.box.errors.category');
    if (!v.rating || v.rating < 1 || v.rating > 5) errors.rating = t('csa.public.box.errors.rating');
    const length = v.text.trim().length;
    if (length < TEXT_MIN) errors.text = t('csa.public.box.errors.text_short', { min: TEXT_MIN });
    else if (v.text.length > TEXT_MAX) errors.text = t('csa.public.box.errors.text_long', { max: TEXT_MAX });
    return errors;
};

const numberFormat = new Intl.NumberFormat('es-MX');

/** '125 de 2,000 caracteres' */
export const counterText = (text: string) =>
    t('csa.public.box.counter', { count: numberFormat.format(text.length), max: numberFormat.format(TEXT_MAX) });
