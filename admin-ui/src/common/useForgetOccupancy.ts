import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';

/**
 * After a change of who occupies what (an agreement created, activated, extended or terminated):
 * forgets the cached spaces and buildings that no screen is showing, so the next page that shows
 * occupancy loads it fresh instead of flashing the occupancy before the change.
 */
export const useForgetOccupancy = () => {
    const queryClient = useQueryClient();
    return useCallback(() => {
        for (const resource of ['spaces', 'buildings']) queryClient.removeQueries({ queryKey: [resource], type: 'inactive' });
    }, [queryClient]);
};
