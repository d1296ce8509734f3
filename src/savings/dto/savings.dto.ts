import { OneOf, Optional } from '../../common/validation';
import { Period } from '../../common/validation';

export const SAVINGS_GROUPS = ['year', 'month', 'building', 'level', 'agency'] as const;
export type SavingsGroup = (typeof SAVINGS_GROUPS)[number];
export const SAVINGS_FORMATS = ['json', 'xlsx', 'csv'] as const;
export type SavingsFormat = (typeof SAVINGS_FORMATS)[number];

/** `GET /api/reports/savings`. Months are `YYYY-MM`; both ends are included. */
export class SavingsQueryDto {
  /** Default: January of the current year. */
  @Optional() @Period() from?: string;
  /** Default: the current month. */
  @Optional() @Period() to?: string;
  /** Default: `year`. */
  @Optional() @OneOf(SAVINGS_GROUPS) groupBy?: SavingsGroup;
  @Optional() @OneOf(SAVINGS_FORMATS) format?: SavingsFormat;
}

/** Money as decimal strings with two decimals. */
export interface SavingsAmounts {
  leaseSavings: string;
  electricitySavings: string;
  totalSavings: string;
  vacancyCost: string;
  /** Lease savings of state-level agencies: rents the State no longer pays for its own offices. */
  ownOfficeLeases: string;
}

export interface SavingsRow extends SavingsAmounts {
  key: string;
  label: string;
}

export interface SavingsReport {
  from: string;
  to: string;
  groupBy: SavingsGroup;
  rows: SavingsRow[];
  totals: SavingsAmounts & { label: string };
}
