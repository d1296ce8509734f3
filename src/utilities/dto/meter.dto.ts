import { PartialType } from '@nestjs/swagger';
import { Bool, Code, Nullable, OneOf, Optional, ReadOnly, Uuid } from '../../common/validation';

export const METER_KINDS = ['main', 'sub'] as const;

export class CreateMeterDto {
  @Uuid() serviceId: string;
  @Code(40) code: string;
  @OneOf(METER_KINDS) kind: (typeof METER_KINDS)[number];
  /** Sub-meters only: the space it measures, in the service's building. */
  @Nullable() @Uuid() spaceId?: string | null;
  @Optional() @Bool() active?: boolean;
}

export class UpdateMeterDto extends PartialType(CreateMeterDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() buildingId?: unknown;
  @ReadOnly() buildingCode?: unknown;
  @ReadOnly() serviceName?: unknown;
  @ReadOnly() spaceCode?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

/** What the meters table stores: the building comes from the service. */
export type MeterWrite = Partial<CreateMeterDto> & { buildingId?: string };
