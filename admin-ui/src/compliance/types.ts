/** Types of the compliance API (docs/api-compliance.md). */
import type { Identifier, RaRecord } from 'react-admin';

export const REGULATION_KINDS = ['acuerdo', 'reglamento', 'lineamiento', 'other'] as const;
export const ARTICLE_CATEGORIES = [
    'spaces_use',
    'image_signage',
    'hours',
    'security',
    'cleanliness',
    'user_attention',
    'shared_services',
] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const INSPECTION_TYPES = ['random', 'scheduled', 'follow_up', 'complaint'] as const;
export const INSPECTION_STATUSES = ['planned', 'in_progress', 'signed'] as const;
export const OUTCOMES = ['complies', 'fails', 'not_applicable'] as const;
export const PLAN_STATUSES = ['draft', 'approved'] as const;
export const FINDING_STATUSES = ['open', 'in_progress', 'answered', 'verified', 'overdue', 'waived'] as const;
export const FINDING_EVENT_KINDS = ['opened', 'started', 'answered', 'verified', 'reopened', 'overdue', 'waived', 'comment'] as const;

export type Severity = (typeof SEVERITIES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface ChecklistItem {
    id?: Identifier;
    articleId: Identifier;
    position: number;
    question: string;
    articleNumber?: string;
    articleTitle?: string;
    category?: string;
    severity?: Severity;
}

export interface Checklist extends RaRecord {
    name: string;
    description?: string | null;
    active: boolean;
    items: ChecklistItem[];
    itemCount?: number;
}

export interface SupervisionPlan extends RaRecord {
    period: string;
    seed: number;
    sampleSize: number;
    coverageMonths: number;
    status: PlanStatus;
    approvedAt?: string | null;
    approvedBy?: string | null;
    approvedByName?: string | null;
    /** Occupied spaces that could be drawn. */
    candidates?: number | null;
    drawnAt?: string | null;
}

export interface PlanEntry {
    id: Identifier;
    buildingId: Identifier;
    buildingCode: string;
    spaceId: Identifier;
    spaceCode: string;
    agencyId?: Identifier | null;
    agencyAcronym?: string | null;
    agencyName?: string | null;
    weight: number | string;
    probability: number | string;
    forced: boolean;
    reasons: string[];
    inspectionId?: Identifier | null;
}

export interface ScopeEntry {
    spaceId: Identifier;
    spaceCode: string;
    agencyId?: Identifier | null;
    agencyAcronym?: string | null;
}

export interface Inspection extends RaRecord {
    folio: string;
    buildingId: Identifier;
    buildingCode?: string;
    type: (typeof INSPECTION_TYPES)[number];
    inspectorId?: Identifier | null;
    inspectorName?: string | null;
    checklistId: Identifier;
    plannedOn?: string | null;
    performedOn?: string | null;
    spaceIds: Identifier[];
    planId?: Identifier | null;
    followUpOfId?: Identifier | null;
    notes?: string | null;
    status: InspectionStatus;
    signedAt?: string | null;
    signedBy?: string | null;
    signedByName?: string | null;
    tenantSignatory?: string | null;
    scope?: ScopeEntry[];
    resultCount?: number;
    failCount?: number;
    expectedResultCount?: number;
}

export interface Photo {
    id: Identifier;
    fileName: string;
    contentType: string;
    size: number;
    checksum?: string;
}

export interface InspectionResult {
    id: Identifier;
    itemId: Identifier;
    articleId?: Identifier;
    articleNumber?: string;
    question?: string;
    severity?: Severity;
    spaceId: Identifier;
    spaceCode?: string;
    agencyId?: Identifier | null;
    outcome: Outcome;
    note?: string | null;
    photos?: Photo[];
    updatedAt?: string;
}

export interface Finding extends RaRecord {
    folio: string;
    inspectionId: Identifier;
    inspectionFolio?: string;
    buildingId: Identifier;
    buildingCode?: string;
    spaceId?: Identifier;
    spaceCode?: string;
    agencyId?: Identifier | null;
    agencyAcronym?: string | null;
    agencyName?: string | null;
    articleId?: Identifier;
    articleNumber?: string;
    articleTitle?: string;
    severity: Severity;
    description?: string | null;
    correctiveAction?: string | null;
    dueOn?: string | null;
    status: FindingStatus;
    waivedReason?: string | null;
    answeredAt?: string | null;
    verifiedAt?: string | null;
    verifiedInspectionId?: Identifier | null;
    createdAt?: string;
}

export interface FindingFile {
    id: Identifier;
    fileName: string;
    contentType?: string;
    size?: number;
}

export interface FindingEvent {
    id: Identifier;
    at: string;
    kind: (typeof FINDING_EVENT_KINDS)[number];
    userName?: string | null;
    text?: string | null;
    files?: FindingFile[];
}

export interface TrendPoint {
    period: string;
    score: number | null;
}

export interface ScoreRow {
    key: string;
    code: string;
    name: string;
    level?: string | null;
    itemsChecked: number;
    compliant: number;
    failed: number;
    notApplicable: number;
    score: number | null;
    openActions: number;
    overdueActions: number;
    rank?: number | null;
    trend: TrendPoint[];
}

export interface ComplianceReport {
    from: string;
    to: string;
    groupBy: 'agency' | 'building';
    rows: ScoreRow[];
    totals?: Partial<ScoreRow> & { trend?: TrendPoint[] };
}
