import { ACTIONS, can, permissionsOf, ROLES } from './permissions';

describe('permissions', () => {
  it('gives the auditor and the liaison read access only', () => {
    for (const role of ['auditor', 'agency_liaison'] as const) {
      const granted = Object.values(permissionsOf(role)).flat();
      expect(granted.every((action) => action === 'read')).toBe(true);
    }
  });

  it('keeps users to admins and the audit trail to admins and auditors', () => {
    expect(ROLES.filter((r) => can(r, 'read', 'users'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can(r, 'read', 'audit-events'))).toEqual(['admin', 'auditor']);
  });

  it('lets building administrators manage spaces and agreements but not create buildings', () => {
    expect(ACTIONS.filter((a) => can('building_admin', a, 'agreements'))).toEqual(['read', 'create', 'update', 'delete']);
    expect(can('building_admin', 'create', 'buildings')).toBe(false);
  });
});
