import {
    ARTICLE_CATEGORIES,
    FINDING_STATUSES,
    INSPECTION_STATUSES,
    INSPECTION_TYPES,
    OUTCOMES,
    PLAN_STATUSES,
    REGULATION_KINDS,
    SEVERITIES,
} from './types';

const toChoices = (prefix: string, ids: readonly string[]) => ids.map(id => ({ id, name: `${prefix}.${id}` }));

export const regulationKindChoices = toChoices('csa.compliance.regulation_kind', REGULATION_KINDS);
export const categoryChoices = toChoices('csa.compliance.category', ARTICLE_CATEGORIES);
export const severityChoices = toChoices('csa.compliance.severity', SEVERITIES);
export const inspectionTypeChoices = toChoices('csa.compliance.inspection_type', INSPECTION_TYPES);
export const inspectionStatusChoices = toChoices('csa.compliance.inspection_status', INSPECTION_STATUSES);
export const outcomeChoices = toChoices('csa.compliance.outcome', OUTCOMES);
export const planStatusChoices = toChoices('csa.compliance.plan_status', PLAN_STATUSES);
export const findingStatusChoices = toChoices('csa.compliance.finding_status', FINDING_STATUSES);
export const booleanChoices = [
    { id: 'true', name: 'csa.yes' },
    { id: 'false', name: 'csa.no' },
];
