import { OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Bool, Code, DateOnly, Integer, Nullable, OneOf, Optional, Quantity, ReadOnly, Text, Uuid } from '../../common/validation';
import { SPACE_CONDITIONS, SPACE_TYPES } from '../space-state';

export class CreateSpaceDto {
  @Uuid() buildingId: string;
  @Code(30) code: string;
  @Text(200, { required: true }) name: string;
  @Optional() @Integer(-5, 60) floor?: number;
  @OneOf(SPACE_TYPES) type: (typeof SPACE_TYPES)[number];
  @Quantity({ positive: true, max: 100_000 }) usableAreaM2: number;
  @Optional() @Integer(0, 10_000) workstations?: number;
  @Optional() @OneOf(SPACE_CONDITIONS) condition?: (typeof SPACE_CONDITIONS)[number];
  @Optional() @Bool() active?: boolean;
  @Nullable() @Text(4000) notes?: string | null;
}

/** The building of a space is fixed at creation; the copy react-admin sends back is ignored. */
export class UpdateSpaceDto extends PartialType(OmitType(CreateSpaceDto, ['buildingId'] as const)) {
  @ReadOnly() buildingId?: unknown;
  @ReadOnly() id?: unknown;
  @ReadOnly() buildingCode?: unknown;
  @ReadOnly() state?: unknown;
  @ReadOnly() occupiedBy?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export class FreeSpacesQuery {
  @DateOnly() from: string;
  @DateOnly() to: string;
  @Optional() @OneOf(SPACE_TYPES) type?: (typeof SPACE_TYPES)[number];
  @Optional() @Type(() => Number) @Quantity({ max: 100_000 }) minArea?: number;
  @Optional() @Uuid() excludeAgreementId?: string;
}
