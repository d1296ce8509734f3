import type { PlanEntry } from '../compliance/types';

/** An entry of a supervision plan, with what a test does not care about filled in. */
export const planEntry = (over: Partial<PlanEntry> = {}): PlanEntry => ({
    id: 'e1',
    buildingId: 'b1',
    buildingCode: 'CSA-TOL',
    spaceId: 's1',
    spaceCode: 'E-101',
    agencyId: 'a1',
    agencyAcronym: 'IFREM',
    agencyName: 'Instituto de la Función Registral',
    weight: 1,
    probability: 0.05,
    forced: false,
    reasons: [],
    inspectionId: null,
    ...over,
});
