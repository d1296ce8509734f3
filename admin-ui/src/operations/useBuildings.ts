import { useGetList } from 'react-admin';
import type { Building } from '../common/types';

/** The buildings the user may see, by code (for the report selectors). */
export const useBuildings = () =>
    useGetList<Building>('buildings', { pagination: { page: 1, perPage: 200 }, sort: { field: 'code', order: 'ASC' }, filter: {} }).data ?? [];
