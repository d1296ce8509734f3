import type { FindingStatus } from '../compliance/types';

export type FindingAction = 'start' | 'answer' | 'verify' | 'waive';

const SUPERVISORS = ['admin', 'building_admin', 'inspector'];

/**
 * What a role may do with a finding in its status (the API decides in the end: 409 otherwise).
 * The liaison starts and answers its agency's findings; supervisors start and verify answers;
 * only the DGRM administrator waives an action, with a reason.
 */
export const findingActions = (role: string | undefined, status: FindingStatus | undefined): FindingAction[] => {
    if (!role || !status) return [];
    const actions: FindingAction[] = [];
    const pendingWork = status === 'open' || status === 'overdue';
    const liaison = role === 'agency_liaison';
    const supervisor = SUPERVISORS.includes(role);
    if (pendingWork && (liaison || supervisor)) actions.push('start');
    if (liaison && (pendingWork || status === 'in_progress')) actions.push('answer');
    if (supervisor && status === 'answered') actions.push('verify');
    if (role === 'admin' && status !== 'verified' && status !== 'waived') actions.push('waive');
    return actions;
};
