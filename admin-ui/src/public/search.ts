import { fold } from './messages';
import type { PublicAgency, PublicCenter, PublicProcedure } from './publicApi';

const words = (q: string) => fold(q).split(/\s+/).filter(Boolean);

/** Every word of the query appears in the text (case and accents ignored). */
export const matches = (q: string, ...texts: (string | null | undefined)[]) => {
    const w = words(q);
    if (w.length === 0) return false;
    const haystack = fold(texts.join(' '));
    return w.every(word => haystack.includes(word));
};

export const procedureMatches = (q: string, p: PublicProcedure) => matches(q, p.name, p.description);

export interface AgencyView {
    agency: PublicAgency;
    /** The agency or one of its procedures matches the search: shown open, matching procedures first. */
    highlighted: boolean;
    procedures: PublicProcedure[];
}

/**
 * How a centre is shown for a search: agencies that match (by acronym, name or one of their
 * procedures) first and open, their matching procedures first; the others after, closed.
 * Without a search every agency is closed.
 */
export const viewOf = (center: PublicCenter, q: string): AgencyView[] => {
    // The API answers a centre that matches by itself with all its agencies, and otherwise only
    // the agencies (and procedures) that match, some by keywords the directory does not show.
    const centerMatches = matches(q, center.code, center.name, center.municipality);
    const views = center.agencies.map(agency => {
        const hits = agency.procedures.filter(p => procedureMatches(q, p));
        const highlighted = hits.length > 0 || matches(q, agency.acronym, agency.name) || (q.trim() !== '' && !centerMatches);
        const procedures = hits.length > 0 ? [...hits, ...agency.procedures.filter(p => !hits.includes(p))] : agency.procedures;
        return { agency, highlighted, procedures };
    });
    return [...views.filter(v => v.highlighted), ...views.filter(v => !v.highlighted)];
};
