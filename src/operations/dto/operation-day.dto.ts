import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { DateOnly, Integer, Nullable, OneOf, Optional, ReadOnly, Text, Uuid } from '../../common/validation';

export const DAY_STATUSES = ['open', 'closed'] as const;
export type DayStatus = (typeof DAY_STATUSES)[number];

/** Visitors and procedures of one agency on the day: independent counts. */
export class OperationCountDto {
  @Uuid() agencyId: string;
  @Integer(0, 1_000_000) visitors: number;
  @Integer(0, 1_000_000) procedures: number;
  @ReadOnly() agencyAcronym?: unknown;
  @ReadOnly() agencyName?: unknown;
}

export class CreateOperationDayDto {
  @Uuid() buildingId: string;
  @DateOnly() date: string;
  @OneOf(DAY_STATUSES) status: DayStatus;
  @Nullable() @Text(300) closedReason?: string | null;
  @Optional()
  @ApiProperty({ type: OperationCountDto, isArray: true })
  @IsArray({ message: 'Debe ser una lista' })
  @ArrayMaxSize(500, { message: 'Admite como máximo 500 elementos' })
  @ValidateNested({ each: true })
  @Type(() => OperationCountDto)
  counts?: OperationCountDto[];
}

/** PUT replaces the day: status, reason and counts (the building and date stay). */
export class UpdateOperationDayDto extends PartialType(CreateOperationDayDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() buildingCode?: unknown;
  @ReadOnly() buildingName?: unknown;
  @ReadOnly() visitors?: unknown;
  @ReadOnly() procedures?: unknown;
  @ReadOnly() workingDay?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export class ImportQueryDto {
  @Optional() @OneOf(['true', 'false']) dryRun?: 'true' | 'false';
}
