import { applyDecorators } from '@nestjs/common';
import { PartialType } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';
import { DateOnly, Nullable, Optional, Quantity, ReadOnly, Text, Uuid } from '../../common/validation';
import { Period } from '../../common/validation';

/** A signed correction of a reading, with up to three decimals. */
const SignedQuantity = () =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 }, { message: 'Debe ser un número con hasta 3 decimales' }),
    Min(-99_999_999_999, { message: 'Debe ser mayor o igual que -99999999999' }),
    Max(99_999_999_999, { message: 'Debe ser menor o igual que 99999999999' }),
  );

export class CreateMeterReadingDto {
  @Uuid() meterId: string;
  @Period() period: string;
  @Quantity({ decimals: 3, max: 99_999_999_999 }) reading: number;
  @Nullable() @DateOnly() readOn?: string | null;
  @Optional() @SignedQuantity() adjustment?: number;
  @Nullable() @Text(2000) adjustmentReason?: string | null;
}

/** On a locked (billed) reading only `adjustment` and `adjustmentReason` may change. */
export class UpdateMeterReadingDto extends PartialType(CreateMeterReadingDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() locked?: unknown;
  @ReadOnly() consumption?: unknown;
  @ReadOnly() previousReading?: unknown;
  @ReadOnly() meterCode?: unknown;
  @ReadOnly() serviceId?: unknown;
  @ReadOnly() buildingId?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export type MeterReadingWrite = Partial<Omit<CreateMeterReadingDto, 'reading' | 'adjustment'>> & { reading?: number | string; adjustment?: number | string };
