/** Types of the shared-utility costs API (docs/api.md, "Shared-utility costs"). */
import type { Identifier, RaRecord } from 'react-admin';

export const SERVICE_KINDS = ['electricity', 'water', 'cleaning', 'security', 'internet', 'maintenance', 'other'] as const;
export const ALLOCATION_BASES = ['area', 'headcount', 'submeter', 'equal', 'fixed'] as const;
export const SERVICE_UNITS = ['kWh', 'm3'] as const;
export const PAYERS = ['tenant', 'vacancy', 'exempt'] as const;
export const PERIOD_STATUSES = ['open', 'closed'] as const;
export const SAVINGS_GROUPS = ['year', 'month', 'building', 'level', 'agency'] as const;

export type ServiceKind = (typeof SERVICE_KINDS)[number];
export type AllocationBasis = (typeof ALLOCATION_BASES)[number];
export type Payer = (typeof PAYERS)[number];
export type SavingsGroupBy = (typeof SAVINGS_GROUPS)[number];

/** 'YYYY-MM' */
export const PERIOD_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface UtilityService extends RaRecord {
    buildingId: Identifier;
    buildingCode?: string;
    kind: ServiceKind;
    name: string;
    supplier?: string | null;
    contractNumber?: string | null;
    unit?: 'kWh' | 'm3' | null;
    basis: AllocationBasis;
    active: boolean;
    notes?: string | null;
    exemptions: { agencyId: Identifier; reason: string }[];
    fixedShares: { agencyId: Identifier; monthlyAmount: string }[];
}

export interface Period extends RaRecord {
    period: string;
    status: 'open' | 'closed';
    closedAt?: string | null;
    closedBy?: string | null;
    bills?: number;
    billed?: string;
    charged?: string;
    vacancy?: string;
}

export interface AllocationWarning {
    buildingId?: Identifier | null;
    serviceId?: Identifier | null;
    message: string;
}

export interface AllocationRun extends RaRecord {
    period: string;
    buildingId: Identifier | null;
    runBy: string;
    startedAt: string;
    bills: number;
    charges: number;
    totalAmount: string;
    vacancyAmount: string;
    warnings: AllocationWarning[];
    dryRun?: boolean;
}

export interface MatrixService {
    id: Identifier;
    name: string;
    kind: ServiceKind;
    billed: string;
}

export interface MatrixRow {
    agencyId: Identifier | null;
    acronym: string;
    payer: Payer;
    amounts: Record<string, string>;
    total: string;
}

export interface ApportionmentMatrix {
    period: string;
    buildingId: Identifier;
    services: MatrixService[];
    rows: MatrixRow[];
    /** Per service id, plus `total`. */
    totals: Record<string, string>;
}

export interface BillImportError {
    line: number;
    field?: string | null;
    message: string;
}

export interface BillImportResult {
    dryRun: boolean;
    rows: number;
    created: number;
    updated: number;
    unchanged?: number;
    errors: BillImportError[];
}

export interface StatementQuery {
    agencyId: Identifier;
    period?: string;
    year?: string;
}

export interface StatementLine {
    period?: string;
    service: string;
    serviceKind?: ServiceKind;
    basis: AllocationBasis;
    basisQuantity?: number | string | null;
    daysCovered?: number | null;
    invoiceNumber?: string | null;
    amount: string;
}

export interface StatementRentLine {
    period?: string;
    folio?: string;
    amount: string;
    [key: string]: unknown;
}

export interface StatementBuilding {
    building: { id: Identifier; code: string; name: string };
    lines: StatementLine[];
    servicesTotal?: string;
    rent: string;
    rentLines?: StatementRentLine[];
    subtotal: string;
}

export interface StatementAdjustment {
    id: Identifier;
    period: string;
    correctsPeriod: string;
    building?: { code: string; name?: string } | null;
    service?: string | null;
    reason: string;
    amount: string;
}

export interface Statement {
    agency: { id: Identifier; name: string; acronym?: string; level?: string; rfc?: string | null };
    period?: string;
    year?: string | number;
    from?: string;
    to?: string;
    buildings: StatementBuilding[];
    adjustments: StatementAdjustment[];
    adjustmentsTotal?: string;
    total: string;
    generatedAt?: string;
}

export interface SavingsRow {
    key: string;
    label: string;
    leaseSavings: string;
    electricitySavings: string;
    totalSavings: string;
    vacancyCost: string;
    ownOfficeLeases: string;
}

export interface SavingsReport {
    rows: SavingsRow[];
    totals: Omit<SavingsRow, 'key' | 'label'> & Partial<Pick<SavingsRow, 'key' | 'label'>>;
}
