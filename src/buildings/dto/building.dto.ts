import { PartialType } from '@nestjs/swagger';
import { Bool, Code, DateOnly, Nullable, Optional, Quantity, ReadOnly, Text, Time } from '../../common/validation';

export class CreateBuildingDto {
  @Code(20) code: string;
  @Text(200, { required: true }) name: string;
  @Text(120, { required: true }) municipality: string;
  @Optional() @Text(300) address?: string;
  @Optional() @Text(120) region?: string;
  @Nullable() @Text(40) phone?: string | null;
  @Nullable() @DateOnly() openedOn?: string | null;
  @Optional() @Bool() modernized?: boolean;
  @Optional() @Quantity() grossAreaM2?: number;
  @Optional() @Quantity() commonAreaM2?: number;
  @Optional() @Time() opensAt?: string;
  @Optional() @Time() closesAt?: string;
  @Optional() @Text(80) operatingDays?: string;
  @Optional() @Quantity({ min: 1, max: 5, decimals: 4 }) ruRatio?: number;
  @Nullable() @Quantity({ min: -90, max: 90, decimals: 6 }) latitude?: number | null;
  @Nullable() @Quantity({ min: -180, max: 180, decimals: 6 }) longitude?: number | null;
  @Optional() @Bool() active?: boolean;
  @Nullable() @Text(4000) notes?: string | null;
}

export class UpdateBuildingDto extends PartialType(CreateBuildingDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() spaceCount?: unknown;
  @ReadOnly() usableAreaM2?: unknown;
  @ReadOnly() rentableAreaM2?: unknown;
  @ReadOnly() occupiedAreaM2?: unknown;
  @ReadOnly() occupancyRate?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export type BuildingWrite = Partial<CreateBuildingDto>;
