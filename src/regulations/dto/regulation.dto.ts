import { PartialType } from '@nestjs/swagger';
import { Bool, Code, DateOnly, Nullable, OneOf, Optional, ReadOnly, Text, Uuid } from '../../common/validation';

export const REGULATION_KINDS = ['acuerdo', 'reglamento', 'lineamiento', 'other'] as const;

export class CreateRegulationDto {
  @Code(40) code: string;
  @Text(400, { required: true }) title: string;
  @OneOf(REGULATION_KINDS) kind: (typeof REGULATION_KINDS)[number];
  @Nullable() @DateOnly() publishedOn?: string | null;
  @DateOnly() inForceFrom: string;
  @Nullable() @DateOnly() inForceTo?: string | null;
  @Nullable() @Uuid() abrogatedById?: string | null;
  @Optional() @Bool() illustrative?: boolean;
  @Nullable() @Text(4000) notes?: string | null;
}

export class UpdateRegulationDto extends PartialType(CreateRegulationDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() articleCount?: unknown;
  @ReadOnly() inForce?: unknown;
  @ReadOnly() abrogatedByCode?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export type RegulationWrite = CreateRegulationDto;
