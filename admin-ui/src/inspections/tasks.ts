import type { Identifier } from 'react-admin';
import type { ChecklistItem, Inspection, ScopeEntry } from '../compliance/types';

/** One thing to check: a checklist item in one space of the inspection's scope. */
export interface Task {
    item: ChecklistItem & { id: Identifier };
    space: ScopeEntry;
}

/** Space by space (the inspector walks the building), items in checklist order. */
export const buildTasks = (inspection: Pick<Inspection, 'scope' | 'spaceIds'>, items: ChecklistItem[]): Task[] => {
    const scope: ScopeEntry[] =
        inspection.scope && inspection.scope.length > 0
            ? inspection.scope
            : (inspection.spaceIds ?? []).map(spaceId => ({ spaceId, spaceCode: String(spaceId) }));
    const ordered = [...items]
        .filter((i): i is ChecklistItem & { id: Identifier } => i.id !== undefined && i.id !== null)
        .sort((a, b) => a.position - b.position);
    return scope.flatMap(space => ordered.map(item => ({ item, space })));
};
