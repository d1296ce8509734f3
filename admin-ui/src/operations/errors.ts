/** The API's (Spanish) message of a failed call, or a fallback. */
export const messageOf = (error: unknown, fallback: string): string => {
    const e = error as { message?: string; body?: { message?: string | string[] } } | null;
    const m = e?.body?.message ?? e?.message;
    return (Array.isArray(m) ? m.join(' ') : m) || fallback;
};
