import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { Bool, DateOnly, Integer, Money, Nullable, OneOf, ReadOnly, Text, Uuid, UuidList } from '../../common/validation';

export const AGREEMENT_KINDS = ['comodato', 'lease'] as const;
export const AGREEMENT_STATUSES = ['draft', 'active', 'expired', 'terminated'] as const;

export class CreateAgreementDto {
  @Uuid() buildingId: string;
  @Uuid() agencyId: string;
  @UuidList(1, 50) spaceIds: string[];
  @OneOf(AGREEMENT_KINDS) kind: (typeof AGREEMENT_KINDS)[number];
  @Nullable() @Money() monthlyRent?: string | null;
  @DateOnly() startDate: string;
  @DateOnly() endDate: string;
  @Integer(0, 100_000) headcount: number;
  /** Per m² and month: six integer digits keep the savings sums (area × rent × months) within their numeric columns. */
  @Nullable() @Money({ digits: 6 }) referenceRentPerM2?: string | null;
  @Nullable() @Money() previousMonthlyRent?: string | null;
  @Nullable() @Money() previousMonthlyElectricity?: string | null;
  @Nullable() @Text(4000) notes?: string | null;
  /** Create it active at once instead of as a draft. */
  @ApiPropertyOptional() @IsOptional() @Bool() activate?: boolean;
}

/** The building of an agreement is fixed; status changes through its actions. */
export class UpdateAgreementDto extends PartialType(OmitType(CreateAgreementDto, ['buildingId', 'activate'] as const)) {
  /**
   * From which day a new rent, kind or savings baseline applies (the term in force before it stays
   * for the days before). Needed when the agreement covers a closed month; without it the change
   * applies to the whole agreement.
   */
  @Nullable() @DateOnly() termsFrom?: string | null;
  @ReadOnly() terms?: unknown;
  @ReadOnly() id?: unknown;
  @ReadOnly() buildingId?: unknown;
  @ReadOnly() folio?: unknown;
  @ReadOnly() status?: unknown;
  @ReadOnly() terminatedOn?: unknown;
  @ReadOnly() terminationReason?: unknown;
  @ReadOnly() activatedAt?: unknown;
  @ReadOnly() buildingCode?: unknown;
  @ReadOnly() agencyName?: unknown;
  @ReadOnly() agencyAcronym?: unknown;
  @ReadOnly() usableAreaM2?: unknown;
  @ReadOnly() spaceCodes?: unknown;
  @ReadOnly() daysToExpiry?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export class ExtendAgreementDto {
  @DateOnly() endDate: string;
}

export class TerminateAgreementDto {
  @DateOnly() terminatedOn: string;
  @Text(2000, { required: true }) reason: string;
}
