/** The compliance API's calls beside react-admin's CRUD ones (docs/api-compliance.md). */
import type { Identifier } from 'react-admin';
import { API_URL, getValidToken } from '../authProvider';
import { httpClient } from '../dataProvider/httpClient';
import { toQuery } from '../dataProvider';
import type {
    ComplianceReport,
    Finding,
    FindingEvent,
    Inspection,
    InspectionResult,
    Outcome,
    Photo,
    PlanEntry,
    SupervisionPlan,
} from './types';

const id = (value: Identifier) => encodeURIComponent(String(value));

const get = <T>(path: string) => httpClient(`${API_URL}${path}`).then(({ json }) => json as T);

const send = <T>(method: string, path: string, body?: unknown) =>
    httpClient(`${API_URL}${path}`, {
        method,
        body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    }).then(({ json }) => json as T);

export interface ResultInput {
    itemId: Identifier;
    spaceId: Identifier;
    outcome: Outcome;
    note?: string | null;
}

export const complianceApi = {
    planEntries: (planId: Identifier) => get<PlanEntry[]>(`/supervision-plans/${id(planId)}/entries`),
    regeneratePlan: (planId: Identifier, seed?: number) =>
        send<SupervisionPlan>('POST', `/supervision-plans/${id(planId)}/regenerate`, seed === undefined ? {} : { seed }),
    approvePlan: (planId: Identifier, checklistId: Identifier) =>
        send<SupervisionPlan>('POST', `/supervision-plans/${id(planId)}/approve`, { checklistId }),

    results: (inspectionId: Identifier) => get<InspectionResult[]>(`/inspections/${id(inspectionId)}/results`),
    putResults: (inspectionId: Identifier, results: ResultInput[]) =>
        send<InspectionResult[]>('PUT', `/inspections/${id(inspectionId)}/results`, { results }),
    uploadPhoto: (inspectionId: Identifier, itemId: Identifier, spaceId: Identifier, file: Blob, fileName: string) => {
        const body = new FormData();
        body.append('itemId', String(itemId));
        body.append('spaceId', String(spaceId));
        body.append('file', file, fileName);
        return send<Photo>('POST', `/inspections/${id(inspectionId)}/photos`, body);
    },
    sign: (inspectionId: Identifier, tenantSignatory: string) =>
        send<Inspection>('POST', `/inspections/${id(inspectionId)}/sign`, { tenantSignatory }),

    findingEvents: (findingId: Identifier) => get<FindingEvent[]>(`/findings/${id(findingId)}/events`),
    startFinding: (findingId: Identifier) => send<Finding>('POST', `/findings/${id(findingId)}/start`, {}),
    answerFinding: (findingId: Identifier, text: string, files: File[]) => {
        const body = new FormData();
        body.append('text', text);
        files.forEach(f => body.append('files', f, f.name));
        return send<Finding>('POST', `/findings/${id(findingId)}/answer`, body);
    },
    verifyFinding: (findingId: Identifier, params: { accepted: boolean; note: string; inspectionId?: Identifier }) =>
        send<Finding>('POST', `/findings/${id(findingId)}/verify`, params),
    commentFinding: (findingId: Identifier, text: string) =>
        send<unknown>('POST', `/findings/${id(findingId)}/comments`, { text }),
    waiveFinding: (findingId: Identifier, reason: string) =>
        send<Finding>('POST', `/findings/${id(findingId)}/waive`, { reason }),

    scorecards: (params: { from: string; to: string; groupBy: 'agency' | 'building'; buildingId?: string; agencyId?: string }) =>
        get<ComplianceReport>(`/reports/compliance${toQuery(params)}`),
};

/** An API file (photo, evidence) as an object URL: images cannot send the bearer token themselves. */
export const fetchObjectUrl = async (path: string): Promise<string> => {
    const token = await getValidToken();
    const response = await fetch(`${API_URL}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return URL.createObjectURL(await response.blob());
};
