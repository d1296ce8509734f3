import { QueryObserver } from '@tanstack/react-query';
import { createQueryClient } from './queryClient';

const mutate = (queryClient: ReturnType<typeof createQueryClient>, mutationKey: unknown[]) =>
    queryClient.getMutationCache().build(queryClient, { mutationKey, mutationFn: async () => ({ id: 'x' }) }).execute(undefined);

describe('createQueryClient', () => {
    it('forgets the cached spaces and buildings no screen shows once an agreement changes', async () => {
        const queryClient = createQueryClient();
        queryClient.setQueryData(['spaces', 'getList', { filter: { buildingId: 'b1' } }], { data: [], total: 0 });
        queryClient.setQueryData(['buildings', 'getOne', { id: 'b1' }], { id: 'b1' });
        queryClient.setQueryData(['agencies', 'getList', {}], { data: [], total: 0 });
        // A building list on screen keeps its data (it refetches through react-admin's refresh instead).
        const onScreen = new QueryObserver(queryClient, { queryKey: ['buildings', 'getList', {}], queryFn: async () => ({ data: [], total: 0 }) });
        const unsubscribe = onScreen.subscribe(() => undefined);
        await vi.waitFor(() => expect(queryClient.getQueryData(['buildings', 'getList', {}])).toBeDefined());

        await mutate(queryClient, ['agencies', 'create', {}]);
        expect(queryClient.getQueryData(['spaces', 'getList', { filter: { buildingId: 'b1' } }])).toBeDefined();

        await mutate(queryClient, ['agreements', 'update', { id: 'a1' }]);
        expect(queryClient.getQueryData(['spaces', 'getList', { filter: { buildingId: 'b1' } }])).toBeUndefined();
        expect(queryClient.getQueryData(['buildings', 'getOne', { id: 'b1' }])).toBeUndefined();
        expect(queryClient.getQueryData(['buildings', 'getList', {}])).toBeDefined();
        expect(queryClient.getQueryData(['agencies', 'getList', {}])).toBeDefined();
        unsubscribe();
    });
});
