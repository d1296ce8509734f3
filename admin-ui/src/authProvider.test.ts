import { can } from './authProvider';

const liaison = {
    buildings: ['read'],
    spaces: ['read'],
    agreements: ['read'],
    agencies: ['read'],
    users: [],
    'audit-events': [],
};
const admin = { agreements: ['read', 'create', 'update', 'delete'], users: ['read', 'create', 'update', 'delete'] };

describe('can (permission matrix → react-admin actions)', () => {
    it('lets a liaison read but not create, edit, delete or run workflow actions', () => {
        expect(can(liaison, 'agreements', 'list')).toBe(true);
        expect(can(liaison, 'agreements', 'show')).toBe(true);
        expect(can(liaison, 'agreements', 'create')).toBe(false);
        expect(can(liaison, 'agreements', 'edit')).toBe(false);
        expect(can(liaison, 'agreements', 'delete')).toBe(false);
        expect(can(liaison, 'agreements', 'terminate')).toBe(false);
        expect(can(liaison, 'users', 'list')).toBe(false);
        expect(can(liaison, 'audit-events', 'list')).toBe(false);
    });

    it('lets an admin do everything the matrix grants', () => {
        expect(can(admin, 'agreements', 'create')).toBe(true);
        expect(can(admin, 'agreements', 'edit')).toBe(true);
        expect(can(admin, 'agreements', 'activate')).toBe(true);
        expect(can(admin, 'users', 'delete')).toBe(true);
    });

    it('denies what the matrix does not mention', () => {
        expect(can(admin, 'settings', 'list')).toBe(false);
        expect(can(null, 'agreements', 'list')).toBe(false);
    });
});
