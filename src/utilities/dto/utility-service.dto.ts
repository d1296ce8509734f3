import { OmitType, PartialType } from '@nestjs/swagger';
import { Bool, ListOf, Money, Nullable, OneOf, Optional, ReadOnly, Text, Uuid } from '../../common/validation';
import { UNITS } from './units';

export const SERVICE_KINDS = ['electricity', 'water', 'cleaning', 'security', 'internet', 'maintenance', 'other'] as const;
export const ALLOCATION_BASES = ['area', 'headcount', 'submeter', 'equal', 'fixed'] as const;

/** An agency that does not pay the service; the DGRM bears its share. */
export class ServiceExemptionDto {
  @Uuid() agencyId: string;
  @Text(2000, { required: true }) reason: string;
}

/** The monthly amount an agency pays of a service allocated by fixed amounts. */
export class ServiceFixedShareDto {
  @Uuid() agencyId: string;
  @Money() monthlyAmount: string;
}

export class CreateUtilityServiceDto {
  @Uuid() buildingId: string;
  @OneOf(SERVICE_KINDS) kind: (typeof SERVICE_KINDS)[number];
  @Text(120, { required: true }) name: string;
  @Nullable() @Text(200) supplier?: string | null;
  @Nullable() @Text(60) contractNumber?: string | null;
  @Nullable() @OneOf(UNITS) unit?: (typeof UNITS)[number] | null;
  @Optional() @OneOf(ALLOCATION_BASES) basis?: (typeof ALLOCATION_BASES)[number];
  @Optional() @Bool() active?: boolean;
  @Nullable() @Text(4000) notes?: string | null;
  @Optional() @ListOf(ServiceExemptionDto) exemptions?: ServiceExemptionDto[];
  @Optional() @ListOf(ServiceFixedShareDto) fixedShares?: ServiceFixedShareDto[];
}

/** The building of a service is fixed at creation (its meters and bills hang from it). */
export class UpdateUtilityServiceDto extends PartialType(OmitType(CreateUtilityServiceDto, ['buildingId'] as const)) {
  @ReadOnly() id?: unknown;
  @ReadOnly() buildingId?: unknown;
  @ReadOnly() buildingCode?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export type UtilityServiceWrite = Omit<CreateUtilityServiceDto, 'exemptions' | 'fixedShares'>;
