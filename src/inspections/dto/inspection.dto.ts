import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { DateOnly, Nullable, OneOf, Optional, ReadOnly, Text, Uuid, UuidList } from '../../common/validation';

export const INSPECTION_TYPES = ['random', 'scheduled', 'follow_up', 'complaint'] as const;
export const INSPECTION_STATUSES = ['planned', 'in_progress', 'signed'] as const;
export const OUTCOMES = ['complies', 'fails', 'not_applicable'] as const;

export class CreateInspectionDto {
  @Uuid() buildingId: string;
  @OneOf(INSPECTION_TYPES) type: (typeof INSPECTION_TYPES)[number];
  @Nullable() @Uuid() inspectorId?: string | null;
  @Uuid() checklistId: string;
  @DateOnly() plannedOn: string;
  @Nullable() @DateOnly() performedOn?: string | null;
  @UuidList(1, 500) spaceIds: string[];
  @Nullable() @Uuid() followUpOfId?: string | null;
  @Nullable() @Text(4000) notes?: string | null;
  @Nullable() @Text(200) tenantSignatory?: string | null;
}

/** The building of an inspection is fixed at creation (its folio and scope hang from it). */
export class UpdateInspectionDto extends PartialType(OmitType(CreateInspectionDto, ['buildingId'] as const)) {
  @ReadOnly() id?: unknown;
  @ReadOnly() folio?: unknown;
  @ReadOnly() buildingId?: unknown;
  @ReadOnly() buildingCode?: unknown;
  @ReadOnly() buildingName?: unknown;
  @ReadOnly() inspectorName?: unknown;
  @ReadOnly() checklistName?: unknown;
  @ReadOnly() planId?: unknown;
  @ReadOnly() planPeriod?: unknown;
  @ReadOnly() followUpOfFolio?: unknown;
  @ReadOnly() status?: unknown;
  @ReadOnly() signedAt?: unknown;
  @ReadOnly() signedBy?: unknown;
  @ReadOnly() signedByName?: unknown;
  @ReadOnly() scope?: unknown;
  @ReadOnly() resultCount?: unknown;
  @ReadOnly() failCount?: unknown;
  @ReadOnly() expectedResultCount?: unknown;
  @ReadOnly() findingCount?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export class ResultDto {
  @Uuid() itemId: string;
  @Uuid() spaceId: string;
  @OneOf(OUTCOMES) outcome: (typeof OUTCOMES)[number];
  @Nullable() @Text(2000) note?: string | null;
}

export class ResultsBatchDto {
  @ApiProperty({ type: ResultDto, isArray: true })
  @IsArray({ message: 'Debe ser una lista' })
  @ArrayMinSize(1, { message: 'Envíe al menos un resultado' })
  @ArrayMaxSize(5000, { message: 'Admite como máximo 5000 resultados por envío' })
  @ValidateNested({ each: true })
  @Type(() => ResultDto)
  results: ResultDto[];
}

export class PhotoFieldsDto {
  @Uuid() itemId: string;
  @Uuid() spaceId: string;
}

export class SignDto {
  @Text(200, { required: true }) tenantSignatory: string;
  @Optional() @DateOnly() performedOn?: string;
}
