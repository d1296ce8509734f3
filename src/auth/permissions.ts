export const ROLES = ['admin', 'building_admin', 'inspector', 'finance', 'agency_liaison', 'auditor', 'clerk', 'reception', 'kiosk'] as const;
export type Role = (typeof ROLES)[number];

/**
 * How far a role reaches: every row, the rows of the buildings assigned to the user, the rows of
 * the user's agency, or those of its agency in its buildings. Row scoping asks this
 * (src/common/scope.ts); the matrix below says what a role may do at all.
 */
export type Reach = 'everything' | 'buildings' | 'agency' | 'agencyInBuildings';

/** Every role declares its reach here: a role left out does not compile. */
const REACH: { readonly [R in Role]: Reach } = {
  admin: 'everything',
  building_admin: 'buildings',
  inspector: 'everything',
  finance: 'everything',
  agency_liaison: 'agency',
  auditor: 'everything',
  clerk: 'agencyInBuildings',
  reception: 'buildings',
  kiosk: 'buildings',
};

export const reachOf = (role: Role): Reach => REACH[role];

/** What a user of each reach must be assigned: an agency, buildings (and at most how many). */
const ASSIGNMENT: { readonly [R in Reach]: { agency: boolean; buildings: boolean } } = {
  everything: { agency: false, buildings: false },
  buildings: { agency: false, buildings: true },
  agency: { agency: true, buildings: false },
  agencyInBuildings: { agency: true, buildings: true },
};
export const assignmentOf = (role: Role) => ({ ...ASSIGNMENT[reachOf(role)], singleBuilding: role === 'clerk' || role === 'kiosk' });

export const ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

export type Resource =
  | 'buildings' | 'spaces' | 'agencies' | 'agreements' | 'users' | 'audit-events' | 'settings' | 'reports'
  | 'utility-services' | 'meters' | 'meter-readings' | 'utility-bills' | 'periods' | 'allocation-runs' | 'charges'
  | 'adjustments' | 'statements' | 'savings'
  | 'regulations' | 'articles' | 'checklists' | 'supervision-plans' | 'inspections' | 'findings' | 'compliance'
  | 'calendar' | 'operations' | 'suggestions'
  | 'queue-services' | 'counters' | 'tickets' | 'queue-reports';

// The back office. The queue's roles (clerk, reception, kiosk) are named where they are let in.
const everyone: readonly Role[] = ['admin', 'building_admin', 'inspector', 'finance', 'agency_liaison', 'auditor'];
const managers: readonly Role[] = ['admin', 'building_admin'];
const costReaders: readonly Role[] = ['admin', 'building_admin', 'finance', 'auditor'];
const costKeepers: readonly Role[] = ['admin', 'building_admin', 'finance'];
const finance: readonly Role[] = ['admin', 'finance'];
const supervisors: readonly Role[] = ['admin', 'building_admin', 'inspector'];
const supervisionReaders: readonly Role[] = [...supervisors, 'auditor'];
const operationsReaders: readonly Role[] = ['admin', 'building_admin', 'inspector', 'finance', 'auditor'];

/** Who may do what. Which rows is the role's reach, above. */
const MATRIX: Record<Resource, Partial<Record<Action, readonly Role[]>>> = {
  buildings: { read: everyone, create: ['admin'], update: managers, delete: ['admin'] },
  spaces: { read: everyone, create: managers, update: managers, delete: managers },
  agencies: { read: everyone, create: managers, update: managers, delete: ['admin'] },
  agreements: { read: everyone, create: managers, update: managers, delete: managers },
  users: { read: ['admin'], create: ['admin'], update: ['admin'], delete: ['admin'] },
  'audit-events': { read: ['admin', 'auditor'] },
  settings: { read: everyone, update: ['admin'] },
  reports: { read: everyone },
  'utility-services': { read: costReaders, create: costKeepers, update: costKeepers, delete: costKeepers },
  meters: { read: costReaders, create: costKeepers, update: costKeepers, delete: costKeepers },
  'meter-readings': { read: costReaders, create: costKeepers, update: costKeepers, delete: costKeepers },
  'utility-bills': { read: costReaders, create: costKeepers, update: costKeepers, delete: costKeepers },
  periods: { read: costReaders, update: finance },
  'allocation-runs': { read: costReaders, create: finance },
  charges: { read: [...costReaders, 'agency_liaison'] },
  adjustments: { read: [...costReaders, 'agency_liaison'], create: finance },
  statements: { read: [...costReaders, 'agency_liaison'] },
  savings: { read: ['admin', 'finance', 'auditor', 'building_admin'] },
  regulations: { read: everyone, create: ['admin'], update: ['admin'], delete: ['admin'] },
  articles: { read: everyone, create: ['admin'], update: ['admin'], delete: ['admin'] },
  checklists: { read: supervisionReaders, create: ['admin', 'inspector'], update: ['admin', 'inspector'], delete: ['admin'] },
  'supervision-plans': { read: supervisionReaders, create: ['admin', 'inspector'], update: ['admin', 'inspector'] },
  inspections: { read: supervisionReaders, create: supervisors, update: supervisors, delete: supervisors },
  // A liaison updates a finding only to answer it; the service decides which transition each role may make.
  findings: { read: [...supervisionReaders, 'agency_liaison'], update: [...supervisors, 'agency_liaison'] },
  compliance: { read: supervisionReaders },
  calendar: { read: everyone, create: ['admin'], update: ['admin'], delete: ['admin'] },
  operations: { read: operationsReaders, create: managers, update: managers, delete: managers },
  suggestions: { read: ['admin', 'building_admin', 'auditor'], update: managers },
  'queue-services': { read: [...managers, 'auditor', 'clerk', 'reception', 'kiosk'], create: managers, update: managers, delete: managers },
  counters: { read: [...managers, 'auditor', 'clerk', 'reception'], create: managers, update: managers, delete: managers },
  // Updating a ticket is working it: calling, serving, transferring; the service decides which step each role may take.
  tickets: { read: [...managers, 'auditor', 'clerk', 'reception'], create: [...managers, 'reception', 'kiosk'], update: [...managers, 'clerk', 'reception'] },
  'queue-reports': { read: [...managers, 'auditor', 'reception'] },
};

export function can(role: Role, action: Action, resource: Resource): boolean {
  return MATRIX[resource][action]?.includes(role) ?? false;
}

/** The matrix as the UI receives it at login: resource → the actions the role may take. */
export function permissionsOf(role: Role): Record<string, Action[]> {
  return Object.fromEntries(
    (Object.keys(MATRIX) as Resource[]).map((resource) => [resource, ACTIONS.filter((a) => can(role, a, resource))]),
  );
}
