import { operationsEs } from '../i18n/operations';

type Tree = { [key: string]: string | Tree };

/**
 * The public pages' messages, without react-admin: the same Spanish catalogue (operations.ts),
 * with polyglot's `%{name}` placeholders and `singular |||| plural` by `smart_count`.
 */
export const t = (key: string, vars: Record<string, string | number> = {}): string => {
    const value = key
        .split('.')
        .slice(1)
        .reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Tree)[k] : undefined), operationsEs.csa);
    if (typeof value !== 'string') return key;
    const forms = value.split('||||').map(s => s.trim());
    const count = vars.smart_count;
    const text = forms.length > 1 && typeof count === 'number' ? forms[count === 1 ? 0 : 1] : forms[0];
    return text.replace(/%\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : ''));
};

/** '2026-03-01' → '01/03/2026' */
export const formatDay = (value: string | null | undefined) => {
    const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
    return m ? `${m[3]}/${m[2]}/${m[1]}` : (value ?? '');
};

/** Lower case without accents: what the API's `q` ignores. */
export const fold = (s: string | null | undefined) =>
    (s ?? '')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
