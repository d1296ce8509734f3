/** Enumerations of the API (docs/api.md) with translation keys for their labels. */
import { ALLOCATION_BASES, PAYERS, PERIOD_STATUSES, SERVICE_KINDS, SERVICE_UNITS } from './costs';

const toChoices = (prefix: string, ids: readonly string[]) =>
    ids.map(id => ({ id, name: `${prefix}.${id}` }));

export const SPACE_TYPES = [
    'office',
    'service_module',
    'bank',
    'cafeteria',
    'photocopy',
    'virtual_office',
    'orientation',
    'storage',
    'common_area',
    'other',
] as const;
export const SPACE_CONDITIONS = ['available', 'maintenance', 'out_of_service'] as const;
export const SPACE_STATES = ['free', 'occupied', 'maintenance', 'out_of_service'] as const;
export const GOVERNMENT_LEVELS = ['municipal', 'state', 'federal', 'auxiliary', 'autonomous', 'private'] as const;
export const AGREEMENT_KINDS = ['comodato', 'lease'] as const;
export const AGREEMENT_STATUSES = ['draft', 'active', 'expired', 'terminated'] as const;
export const ROLES = ['admin', 'building_admin', 'inspector', 'finance', 'agency_liaison', 'auditor', 'clerk', 'reception', 'kiosk'] as const;
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'activate', 'extend', 'terminate'] as const;
export const AUDITED_RESOURCES = ['buildings', 'spaces', 'agencies', 'agreements', 'users', 'settings'] as const;

export type SpaceType = (typeof SPACE_TYPES)[number];
export type SpaceState = (typeof SPACE_STATES)[number];

export const spaceTypeChoices = toChoices('csa.space_type', SPACE_TYPES);
export const spaceConditionChoices = toChoices('csa.space_condition', SPACE_CONDITIONS);
export const spaceStateChoices = toChoices('csa.space_state', SPACE_STATES);
export const levelChoices = toChoices('csa.level', GOVERNMENT_LEVELS);
export const kindChoices = toChoices('csa.agreement_kind', AGREEMENT_KINDS);
export const statusChoices = toChoices('csa.agreement_status', AGREEMENT_STATUSES);
export const roleChoices = toChoices('csa.role', ROLES);
export const auditActionChoices = toChoices('csa.audit_action', AUDIT_ACTIONS);
export const auditResourceChoices = AUDITED_RESOURCES.map(id => ({
    id,
    name: `resources.${id}.name`,
}));

/** Shared-utility costs. */
export const serviceKindChoices = toChoices('csa.service_kind', SERVICE_KINDS);
export const meterKindChoices = toChoices('csa.meter_kind', ['main', 'sub']);
export const basisChoices = toChoices('csa.basis', ALLOCATION_BASES);
export const payerChoices = toChoices('csa.payer', PAYERS);
export const periodStatusChoices = toChoices('csa.period_status', PERIOD_STATUSES);
export const unitChoices = SERVICE_UNITS.map(id => ({ id, name: id === 'm3' ? 'm³' : id }));
