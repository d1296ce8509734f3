import { ACTIONS, can, permissionsOf, ROLES } from './permissions';

describe('permissions', () => {
  it('gives the auditor read access only, and the liaison nothing beyond answering findings', () => {
    expect(Object.values(permissionsOf('auditor')).flat().every((action) => action === 'read')).toBe(true);
    const liaisonWrites = Object.entries(permissionsOf('agency_liaison')).filter(([, actions]) => actions.some((a) => a !== 'read'));
    expect(liaisonWrites).toEqual([['findings', ['read', 'update']]]);
  });

  it('keeps users to admins and the audit trail to admins and auditors', () => {
    expect(ROLES.filter((r) => can(r, 'read', 'users'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can(r, 'read', 'audit-events'))).toEqual(['admin', 'auditor']);
  });

  it('lets building administrators manage spaces and agreements but not create buildings', () => {
    expect(ACTIONS.filter((a) => can('building_admin', a, 'agreements'))).toEqual(['read', 'create', 'update', 'delete']);
    expect(can('building_admin', 'create', 'buildings')).toBe(false);
  });

  it('lets the queue roles into the lines only: a kiosk issues tickets, a clerk and the reception work them', () => {
    const granted = (role: (typeof ROLES)[number]) => Object.fromEntries(Object.entries(permissionsOf(role)).filter(([, actions]) => actions.length));
    expect(granted('kiosk')).toEqual({ 'queue-services': ['read'], tickets: ['create'] });
    expect(granted('clerk')).toEqual({ 'queue-services': ['read'], counters: ['read'], tickets: ['read', 'update'] });
    expect(granted('reception')).toEqual({ 'queue-services': ['read'], counters: ['read'], tickets: ['read', 'create', 'update'], 'queue-reports': ['read'] });
  });
});
