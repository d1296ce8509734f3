import { MutationCache, QueryClient } from '@tanstack/react-query';

/**
 * After a change of who occupies what, forgets the cached spaces and buildings that no screen is
 * showing, so the next page that shows occupancy (a building's plan, the spaces list) loads it
 * fresh instead of flashing the occupancy before the change.
 */
export const forgetOccupancy = (queryClient: QueryClient) => {
    for (const resource of ['spaces', 'buildings']) queryClient.removeQueries({ queryKey: [resource], type: 'inactive' });
};

/**
 * react-admin's QueryClient, with its defaults, plus one rule: every agreement created, updated or
 * deleted through react-admin (its mutation keys start with the resource) changes occupancy.
 */
export const createQueryClient = () => {
    const queryClient: QueryClient = new QueryClient({
        mutationCache: new MutationCache({
            onSuccess: (_data, _variables, _context, mutation) => {
                if (mutation.options.mutationKey?.[0] === 'agreements') forgetOccupancy(queryClient);
            },
        }),
    });
    return queryClient;
};
