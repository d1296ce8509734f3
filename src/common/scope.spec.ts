import { assignmentOf, ROLES, reachOf } from '../auth/permissions';
import type { Actor } from './actor';
import { EVERY_ROW, reaches, scopeOf } from './scope';
import { SqlParams } from './sql-params';

const BUILDING = '11111111-1111-4111-8111-111111111111';
const AGENCY = '22222222-2222-4222-8222-222222222222';
const actorOf = (role: (typeof ROLES)[number]): Actor => ({
  id: 'u', username: 'u', role, agencyId: assignmentOf(role).agency ? AGENCY : null, buildingIds: assignmentOf(role).buildings ? [BUILDING] : [],
});

const EXPECTED = {
  buildings: { sql: ['x.building_id = ANY($1::uuid[])'], values: [[BUILDING]] },
  agency: { sql: ['x.agency_id = $1::uuid'], values: [AGENCY] },
  agencyInBuildings: { sql: ['x.building_id = ANY($1::uuid[])', 'x.agency_id = $2::uuid'], values: [[BUILDING], AGENCY] },
} as const;

describe('the role policy', () => {
  it.each(ROLES)('narrows %s by its reach, and shows nothing of rows not tied to that reach', (role) => {
    const actor = actorOf(role);
    const reach = reachOf(role);
    const p = new SqlParams();
    const tied = scopeOf(actor, p, { building: 'x.building_id', agency: 'x.agency_id' });
    const untied = scopeOf(actor, new SqlParams(), {});
    const open = scopeOf(actor, new SqlParams(), { building: EVERY_ROW, agency: EVERY_ROW });
    expect(open).toEqual([]);
    if (reach === 'everything') {
      expect([tied, untied]).toEqual([[], []]);
    } else {
      expect(untied).toEqual(reach === 'agencyInBuildings' ? ['false', 'false'] : ['false']);
      expect(tied).toEqual(EXPECTED[reach].sql);
      expect(p.values).toEqual(EXPECTED[reach].values);
    }
  });

  it.each(ROLES)('lets %s write only within its reach', (role) => {
    const actor = actorOf(role);
    const reach = reachOf(role);
    expect(reaches(actor, { buildingId: BUILDING, agencyId: AGENCY })).toBe(true);
    expect(reaches(actor, { buildingId: 'another', agencyId: 'another' })).toBe(reach === 'everything');
    expect(reaches(actor, {})).toBe(reach === 'everything');
    if (reach === 'agencyInBuildings') {
      expect(reaches(actor, { buildingId: BUILDING, agencyId: 'another' })).toBe(false);
      expect(reaches(actor, { buildingId: 'another', agencyId: AGENCY })).toBe(false);
    }
  });

  it('passes the bound ids to a condition that ties rows another way', () => {
    const p = new SqlParams();
    expect(scopeOf(actorOf('agency_liaison'), p, { agency: (id) => `EXISTS (SELECT 1 WHERE y = ${id})` })).toEqual(['EXISTS (SELECT 1 WHERE y = $1::uuid)']);
  });
});
