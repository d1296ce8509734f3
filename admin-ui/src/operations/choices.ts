/** Choices of the operations enumerations, labelled by translation keys. */
import {
    DAY_STATUSES,
    DECLARED_KINDS,
    SUGGESTION_CATEGORIES,
    SUGGESTION_PRIORITIES,
    SUGGESTION_STATUSES,
} from './types';

const toChoices = (prefix: string, ids: readonly (string | number)[]) => ids.map(id => ({ id, name: `${prefix}.${id}` }));

export const declaredKindChoices = toChoices('csa.calendar.kind', DECLARED_KINDS);
export const dayStatusChoices = toChoices('csa.operation_day.status', DAY_STATUSES);
export const categoryChoices = toChoices('csa.public.category', SUGGESTION_CATEGORIES);
export const suggestionStatusChoices = toChoices('csa.suggestion.status', SUGGESTION_STATUSES);
export const priorityChoices = toChoices('csa.suggestion.priority', SUGGESTION_PRIORITIES);
export const ratingChoices = [1, 2, 3, 4, 5].map(r => ({ id: r, name: `csa.public.rating.r${r}` }));
