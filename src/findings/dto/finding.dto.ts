import { Bool, DateOnly, Nullable, Optional, ReadOnly, Text, Uuid } from '../../common/validation';

export const FINDING_STATUSES = ['open', 'in_progress', 'answered', 'verified', 'overdue', 'waived'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** What supervisors may edit of a finding: the action asked for and its deadline. */
export class UpdateFindingDto {
  @Optional() @Text(4000, { required: true }) correctiveAction?: string;
  @Optional() @DateOnly() dueOn?: string;
  @ReadOnly() id?: unknown;
  @ReadOnly() folio?: unknown;
  @ReadOnly() inspectionId?: unknown;
  @ReadOnly() inspectionFolio?: unknown;
  @ReadOnly() resultId?: unknown;
  @ReadOnly() buildingId?: unknown;
  @ReadOnly() buildingCode?: unknown;
  @ReadOnly() spaceId?: unknown;
  @ReadOnly() spaceCode?: unknown;
  @ReadOnly() agencyId?: unknown;
  @ReadOnly() agencyAcronym?: unknown;
  @ReadOnly() agencyName?: unknown;
  @ReadOnly() articleId?: unknown;
  @ReadOnly() articleNumber?: unknown;
  @ReadOnly() articleTitle?: unknown;
  @ReadOnly() regulationCode?: unknown;
  @ReadOnly() category?: unknown;
  @ReadOnly() severity?: unknown;
  @ReadOnly() description?: unknown;
  @ReadOnly() status?: unknown;
  @ReadOnly() waivedReason?: unknown;
  @ReadOnly() answeredAt?: unknown;
  @ReadOnly() verifiedAt?: unknown;
  @ReadOnly() verifiedInspectionId?: unknown;
  @ReadOnly() verifiedInspectionFolio?: unknown;
  @ReadOnly() overdue?: unknown;
  @ReadOnly() daysLeft?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export class AnswerDto {
  @Text(4000, { required: true }) text: string;
}

export class VerifyDto {
  @Bool() accepted: boolean;
  @Nullable() @Text(4000) note?: string | null;
  @Nullable() @Uuid() inspectionId?: string | null;
}

export class WaiveDto {
  @Text(4000, { required: true }) reason: string;
}

export class CommentDto {
  @Text(4000, { required: true }) text: string;
}
