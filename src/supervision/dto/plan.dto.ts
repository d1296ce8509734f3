import { Integer, Optional, Period, ReadOnly, Uuid } from '../../common/validation';

const MAX_SEED = 4_294_967_295;

export class CreatePlanDto {
  @Period() period: string;
  @Optional() @Integer(0, MAX_SEED) seed?: number;
  @Optional() @Integer(1, 5000) sampleSize?: number;
  @Optional() @Integer(1, 60) coverageMonths?: number;
}

/** Redraws a draft plan, with a new seed unless one is given (and new sizes if sent). */
export class RegeneratePlanDto {
  @Optional() @Integer(0, MAX_SEED) seed?: number;
  @Optional() @Integer(1, 5000) sampleSize?: number;
  @Optional() @Integer(1, 60) coverageMonths?: number;
  @ReadOnly() id?: unknown;
  @ReadOnly() period?: unknown;
  @ReadOnly() status?: unknown;
  @ReadOnly() approvedAt?: unknown;
  @ReadOnly() approvedBy?: unknown;
  @ReadOnly() approvedByName?: unknown;
  @ReadOnly() checklistId?: unknown;
  @ReadOnly() drawnAt?: unknown;
  @ReadOnly() candidates?: unknown;
  @ReadOnly() entryCount?: unknown;
  @ReadOnly() forcedCount?: unknown;
  @ReadOnly() buildingCount?: unknown;
  @ReadOnly() inspectionCount?: unknown;
  @ReadOnly() signedCount?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export class ApprovePlanDto {
  @Uuid() checklistId: string;
  @Optional() @Uuid() inspectorId?: string;
}
