import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { es } from './es';
import { raSpanish } from './raSpanish';

export const DEFAULT_LOCALE = 'es-MX';

export const spanishMessages = { ...raSpanish, ...es } as unknown as TranslationMessages;

const loadEnglish = async (): Promise<TranslationMessages> => {
    const [{ default: englishMessages }, { en }] = await Promise.all([
        import('ra-language-english'),
        import('./en'),
    ]);
    return { ...englishMessages, ...en } as unknown as TranslationMessages;
};

export const i18nProvider = polyglotI18nProvider(
    locale => (locale === 'en' ? loadEnglish() : spanishMessages),
    DEFAULT_LOCALE,
    [
        { locale: 'es-MX', name: 'Español (México)' },
        { locale: 'en', name: 'English' },
    ],
);
