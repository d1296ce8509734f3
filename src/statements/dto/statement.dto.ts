import { Type } from 'class-transformer';
import { Integer, OneOf, Optional, Period, Uuid } from '../../common/validation';

export const STATEMENT_FORMATS = ['json', 'pdf', 'xlsx'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

/** `GET /api/statements`: one agency, one month (`period`) or one year (`year`). */
export class StatementQueryDto {
  /** Required, except for an agency liaison (its own agency). */
  @Optional() @Uuid() agencyId?: string;
  @Optional() @Period() period?: string;
  @Optional() @Type(() => Number) @Integer(2000, 2100) year?: number;
  @Optional() @OneOf(STATEMENT_FORMATS) format?: StatementFormat;
}

export interface StatementAgency {
  id: string;
  name: string;
  acronym: string;
  level: string;
  rfc: string | null;
}

export interface StatementBuildingRef {
  id: string;
  code: string;
  name: string;
}

/** One bill's share charged to the agency. */
export interface StatementLine {
  period: string;
  serviceId: string;
  service: string;
  serviceKind: string;
  basis: string;
  basisQuantity: number;
  daysCovered: number;
  invoiceNumber: string;
  amount: string;
}

/** A lease's rent for one month, pro-rated by the days its agreement covers. */
export interface StatementRentLine {
  period: string;
  agreementId: string;
  folio: string;
  monthlyRent: string;
  daysCovered: number;
  daysInMonth: number;
  amount: string;
}

export interface StatementBuilding {
  building: StatementBuildingRef;
  lines: StatementLine[];
  servicesTotal: string;
  rent: string;
  rentLines: StatementRentLine[];
  subtotal: string;
}

export interface StatementAdjustment {
  id: string;
  period: string;
  correctsPeriod: string;
  building: StatementBuildingRef;
  serviceId: string | null;
  service: string | null;
  reason: string;
  amount: string;
}

export interface Statement {
  agency: StatementAgency;
  period?: string;
  year?: number;
  /** First and last day covered (YYYY-MM-DD). */
  from: string;
  to: string;
  buildings: StatementBuilding[];
  adjustments: StatementAdjustment[];
  adjustmentsTotal: string;
  total: string;
  currency: 'MXN';
  generatedAt: string;
}
